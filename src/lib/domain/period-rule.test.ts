import { describe, it, expect } from 'vitest';
import { PERIOD_RULES } from './catalog';
import { coversPeriod, periodLabel, periodWindow } from './period';

describe('periodWindow (FY2565)', () => {
	it.each([
		['current', { from: '2021-10-01', to: '2022-09-30' }],
		['previous', { from: '2020-10-01', to: '2021-09-30' }],
		['first_half', { from: '2021-10-01', to: '2022-03-31' }],
		['none', null]
	] as const)('%s → %o', (rule, window) => expect(periodWindow(rule, 2565)).toEqual(window));

	it('moves with the fiscal year', () => {
		expect(periodWindow('previous', 2566)).toEqual({ from: '2021-10-01', to: '2022-09-30' });
		expect(periodWindow('first_half', 2567)).toEqual({ from: '2023-10-01', to: '2024-03-31' });
	});
});

describe('periodLabel', () => {
	it.each([
		['current', 'th', 'ข้อมูลปี พ.ศ. 2565'],
		['previous', 'th', 'รายงานผลปี พ.ศ. 2564'],
		['first_half', 'th', 'ครอบคลุม 6 เดือนแรกของปีงบประมาณ พ.ศ. 2565 (ต.ค. 2564 – มี.ค. 2565)'],
		['none', 'th', 'ข้อมูลทั่วไป (ไม่มีรอบเวลา)'],
		['current', 'en', 'Data for fiscal year 2565 (B.E.)'],
		['previous', 'en', 'Report on fiscal year 2564 (B.E.)'],
		[
			'first_half',
			'en',
			'Covers the first six months of fiscal year 2565 (B.E.) (Oct 2021 – Mar 2022)'
		],
		['none', 'en', 'Standing information (no period)']
	] as const)('%s in %s', (rule, lang, text) => expect(periodLabel(rule, 2565, lang)).toBe(text));

	it('gives every rule a distinct label in each language', () => {
		for (const lang of ['th', 'en'] as const) {
			const labels = PERIOD_RULES.map((rule) => periodLabel(rule, 2565, lang));
			expect(new Set(labels).size).toBe(PERIOD_RULES.length);
		}
	});
});

describe('coversPeriod (FY2565)', () => {
	const w = (from: string, to: string) => ({ from, to });
	it.each([
		// current: any overlap with 2021-10-01 … 2022-09-30
		['current', w('2021-10-01', '2022-09-30'), true],
		['current', w('2022-01-01', '2022-01-31'), true],
		['current', w('2021-01-01', '2021-10-01'), true],
		['current', w('2022-09-30', '2023-03-01'), true],
		['current', w('2020-10-01', '2021-09-30'), false],
		['current', w('2022-10-01', '2023-09-30'), false],
		['current', null, false],
		// previous: overlap with 2020-10-01 … 2021-09-30
		['previous', w('2020-10-01', '2021-09-30'), true],
		['previous', w('2021-09-30', '2021-09-30'), true],
		['previous', w('2021-10-01', '2022-09-30'), false],
		['previous', w('2019-10-01', '2020-09-30'), false],
		['previous', null, false],
		// first_half: the whole of 2021-10-01 … 2022-03-31
		['first_half', w('2021-10-01', '2022-03-31'), true],
		['first_half', w('2021-10-01', '2022-09-30'), true],
		['first_half', w('2021-09-01', '2022-04-30'), true],
		['first_half', w('2021-10-01', '2022-03-30'), false],
		['first_half', w('2021-10-02', '2022-03-31'), false],
		['first_half', w('2021-10-01', '2021-12-31'), false],
		['first_half', null, false],
		// none: standing information needs no period
		['none', null, true],
		['none', w('2010-01-01', '2010-01-01'), true]
	] as const)('%s covered by %o → %s', (rule, covered, expected) => {
		expect(coversPeriod(rule, 2565, covered)).toBe(expected);
	});

	it.each([
		['inverted', w('2022-09-30', '2021-10-01')],
		['impossible day', w('2021-10-01', '2022-02-30')],
		['not ISO', w('1/10/2564', '30/9/2565')]
	])('a %s span meets no dated rule', (_name, covered) => {
		for (const rule of ['current', 'previous', 'first_half'] as const) {
			expect(coversPeriod(rule, 2565, covered)).toBe(false);
		}
	});
});
