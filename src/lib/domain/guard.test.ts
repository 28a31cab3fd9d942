import { describe, expect, it } from 'vitest';
import { missingFor } from './guard';

const names = ['ชื่อหน่วยงาน', 'ที่อยู่', 'เบอร์โทรศัพท์'];
const complete = { missingElements: [], missingMonths: [], periodMet: true };

describe('missingFor', () => {
	it('asks nothing when the item is complete', () => {
		expect.assertions(2);
		expect(missingFor('submit', complete, names)).toBeNull();
		expect(missingFor('approve', complete, names)).toBeNull();
	});
	it('names the uncovered elements on submit and approve', () => {
		expect.assertions(2);
		const r = { ...complete, missingElements: [0, 2] };
		const want = { elements: ['ชื่อหน่วยงาน', 'เบอร์โทรศัพท์'], months: [], periodUnmet: false };
		expect(missingFor('submit', r, names)).toEqual(want);
		expect(missingFor('approve', r, names)).toEqual(want);
	});
	it('asks about an unmet period on approve only, with the missing months', () => {
		expect.assertions(2);
		const r = { ...complete, periodMet: false, missingMonths: ['2021-10'] };
		expect(missingFor('submit', r, names)).toBeNull();
		expect(missingFor('approve', r, names)).toEqual({
			elements: [],
			months: ['2021-10'],
			periodUnmet: true
		});
	});
	it('numbers an element whose name is not known', () => {
		expect.assertions(1);
		expect(missingFor('submit', { ...complete, missingElements: [4] }, names)?.elements).toEqual([
			'#5'
		]);
	});
});
