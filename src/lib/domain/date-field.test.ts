import { describe, it, expect } from 'vitest';
import { dueDateWarnings, exampleYear, readDateField } from './date-field';

describe('readDateField', () => {
	it.each([
		['14/03/2565', '2022-03-14'],
		['14 มี.ค. 2565', '2022-03-14'],
		['14 มีนาคม 2565', '2022-03-14'],
		['๑๔/๐๓/๒๕๖๕', '2022-03-14'],
		['14/3/65', '2022-03-14'],
		['14 Mar 2565 BE', '2022-03-14'],
		['29/02/2567', '2024-02-29'],
		['2022-03-14', '2022-03-14']
	])('%j → %s', (text, iso) => {
		expect(readDateField(text)).toEqual({ ok: true, iso });
	});

	it('refuses the BE year typed into a Gregorian picker (ISO 2565-03-14 is BE 3108)', () => {
		expect(readDateField('2565-03-14')).toEqual({ ok: false, problem: 'range', year: 3108 });
	});

	it('refuses a Gregorian year and says which BE year was meant', () => {
		expect(readDateField('14/03/2022')).toEqual({ ok: false, problem: 'gregorian', year: 2565 });
	});

	it.each([
		['14/03/3108', 3108],
		['14/03/2400', 2400],
		['1 ม.ค. 2701', 2701]
	])('refuses the impossible year in %j', (text, year) => {
		expect(readDateField(text)).toEqual({ ok: false, problem: 'range', year });
	});

	it.each(['29/02/2566', '31/04/2565', '2022-02-30'])(
		'refuses the day that does not exist: %j',
		(text) => {
			expect(readDateField(text)).toEqual({ ok: false, problem: 'day' });
		}
	);

	it.each(['', 'พรุ่งนี้', '14/03', '03-14-2565x', '14 มีนา 2565'])(
		'refuses %j as not a date',
		(text) => {
			expect(readDateField(text)).toEqual({ ok: false, problem: 'format' });
		}
	);
});

describe('dueDateWarnings (FY2565 = 2021-10-01 … 2022-09-30, window closes 2022-04-30)', () => {
	const round = { beFY: 2565, oitCloses: '2022-04-30' };
	it.each([
		['2022-04-30', []],
		['2021-10-01', []],
		['2022-05-01', ['afterWindow']],
		['2022-10-01', ['afterWindow', 'outsideFiscalYear']],
		['2021-09-30', ['outsideFiscalYear']]
	])('%s → %j', (due, warnings) => {
		expect(dueDateWarnings(due, round)).toEqual(warnings);
	});

	it('checks only the fiscal year when the round has no window yet', () => {
		expect(dueDateWarnings('2022-06-01', { beFY: 2565, oitCloses: null })).toEqual([]);
	});
});

describe('exampleYear', () => {
	it("is this year in the Buddhist era, Bangkok's year at midnight", () => {
		expect(exampleYear(new Date('2026-11-30T12:00:00Z'))).toBe(2569);
		// 31 Dec 2026 17:30 UTC is already 1 Jan 2027 in Bangkok.
		expect(exampleYear(new Date('2026-12-31T17:30:00Z'))).toBe(2570);
	});
});
