import { describe, it, expect } from 'vitest';
import { addAction, toActionInput } from './schemas';

const D1 = '11111111-1111-4111-8111-111111111111';
const D2 = '22222222-2222-4222-8222-222222222222';
const base = { measure_id: D1, method: 'ประชุมคณะกรรมการ' };

describe('toActionInput', () => {
	it('reads the owners and the timeframe of the year', () => {
		const d = addAction.parse({
			...base,
			division_ids: [D1, D2, D1],
			owner_label: 'ฝ่ายนิติการ สำนักปลัด',
			timeframe: 'ธ.ค. ๒๕๖๔ เป็นต้นไป'
		});
		expect(toActionInput(d, 2565)).toEqual({
			input: {
				method: 'ประชุมคณะกรรมการ',
				allDivisions: false,
				divisionIds: [D1, D2],
				ownerLabel: 'ฝ่ายนิติการ สำนักปลัด',
				timeframeText: 'ธ.ค. ๒๕๖๔ เป็นต้นไป',
				startsOn: '2021-12-01',
				endsOn: null
			}
		});
	});

	it('"all divisions" drops named divisions; "the whole fiscal year" is the page\'s year', () => {
		const d = addAction.parse({
			...base,
			owner_mode: 'all',
			division_ids: D1,
			timeframe: 'ตลอดปีงบประมาณ'
		});
		expect(toActionInput(d, 2566)).toMatchObject({
			input: { allDivisions: true, divisionIds: [], startsOn: '2022-10-01', endsOn: '2023-09-30' }
		});
	});

	it('keeps a timeframe it cannot read, without dates', () => {
		const d = addAction.parse({ ...base, division_ids: D1, timeframe: 'ทุกไตรมาส' });
		expect(toActionInput(d, 2565)).toMatchObject({
			input: { timeframeText: 'ทุกไตรมาส', startsOn: null, endsOn: null }
		});
	});

	it('asks for a division when none is named and not all are', () => {
		const d = addAction.parse(base);
		expect(toActionInput(d, 2565)).toEqual({ problem: 'pickDivision' });
	});

	it('refuses a division id that is not an id', () => {
		expect(addAction.safeParse({ ...base, division_ids: 'x' }).success).toBe(false);
	});
});
