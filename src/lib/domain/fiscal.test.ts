import { describe, it, expect } from 'vitest';
import {
	addDays,
	defaultRoundYear,
	bangkokDate,
	daysBetween,
	firstHalfEnd,
	firstHalfMonths,
	fiscalYearOf,
	fiscalYearRange,
	isIsoDate,
	toBE,
	toCE
} from './fiscal';

describe('Buddhist era', () => {
	it.each([
		[2021, 2564],
		[2022, 2565],
		[1957, 2500]
	])('CE %i is BE %i and back', (ce, be) => {
		expect(toBE(ce)).toBe(be);
		expect(toCE(be)).toBe(ce);
	});
});

describe('isIsoDate', () => {
	it.each(['2022-03-01', '2024-02-29', '2000-02-29', '2021-12-31', '2565-01-31'])(
		'accepts %s',
		(s) => expect(isIsoDate(s)).toBe(true)
	);
	it.each([
		'2024-02-30',
		'2023-02-29',
		'1900-02-29',
		'2022-04-31',
		'2022-13-01',
		'2022-00-10',
		'2022-01-00',
		'2022-3-1',
		'01/03/2565',
		'2022-03-01T00:00:00Z',
		' 2022-03-01',
		'',
		'abcd-ef-gh'
	])('rejects %j', (s) => expect(isIsoDate(s)).toBe(false));
	it('rejects non-strings', () => {
		expect(isIsoDate(20220301)).toBe(false);
		expect(isIsoDate(null)).toBe(false);
		expect(isIsoDate(new Date('2022-03-01'))).toBe(false);
	});
});

describe('fiscalYearOf', () => {
	it.each([
		['2021-10-01', 2565],
		['2021-09-30', 2564],
		['2022-09-30', 2565],
		['2022-10-01', 2566],
		['2022-01-01', 2565],
		['2021-12-31', 2565],
		['2024-02-29', 2567]
	])('%s is in FY %i', (date, fy) => expect(fiscalYearOf(date)).toBe(fy));

	it('throws on an impossible date rather than guessing', () => {
		expect(() => fiscalYearOf('2024-02-30')).toThrow(RangeError);
	});
});

describe('fiscalYearRange', () => {
	it.each([
		[2565, '2021-10-01', '2022-09-30'],
		[2564, '2020-10-01', '2021-09-30'],
		[2570, '2026-10-01', '2027-09-30']
	])('FY%i runs %s … %s', (fy, start, end) => {
		expect(fiscalYearRange(fy)).toEqual({ start, end });
		expect(fiscalYearOf(start)).toBe(fy);
		expect(fiscalYearOf(end)).toBe(fy);
		expect(fiscalYearOf(addDays(start, -1))).toBe(fy - 1);
		expect(fiscalYearOf(addDays(end, 1))).toBe(fy + 1);
	});

	it('rejects a non-integer year', () => {
		expect(() => fiscalYearRange(2565.5)).toThrow(RangeError);
	});
});

describe('first half', () => {
	it.each([
		[2565, '2022-03-31'],
		[2567, '2024-03-31']
	])('FY%i first half ends %s', (fy, end) => expect(firstHalfEnd(fy)).toBe(end));

	it('lists October … March with CE years and keys', () => {
		expect(firstHalfMonths(2565)).toEqual([
			{ year: 2021, month: 10, key: '2021-10' },
			{ year: 2021, month: 11, key: '2021-11' },
			{ year: 2021, month: 12, key: '2021-12' },
			{ year: 2022, month: 1, key: '2022-01' },
			{ year: 2022, month: 2, key: '2022-02' },
			{ year: 2022, month: 3, key: '2022-03' }
		]);
	});
});

describe('day arithmetic', () => {
	it.each([
		['2022-03-31', 14, '2022-04-14'],
		['2022-03-01', -14, '2022-02-15'],
		['2024-02-28', 1, '2024-02-29'],
		['2023-02-28', 1, '2023-03-01'],
		['2021-12-31', 1, '2022-01-01'],
		['2022-04-30', -7, '2022-04-23']
	])('%s %+i days = %s', (from, n, to) => {
		expect(addDays(from, n)).toBe(to);
		expect(daysBetween(from, to)).toBe(n);
	});
});

describe('bangkokDate', () => {
	it.each([
		['2022-03-31T16:59:59Z', '2022-03-31'],
		['2022-03-31T17:00:00Z', '2022-04-01'],
		['2021-09-30T17:30:00Z', '2021-10-01']
	])('instant %s is %s in Bangkok', (instant, day) => {
		expect(bangkokDate(new Date(instant))).toBe(day);
	});

	it('puts a late-evening UTC instant into the next fiscal year when Bangkok has crossed 1 Oct', () => {
		expect(fiscalYearOf(bangkokDate(new Date('2021-09-30T18:00:00Z')))).toBe(2565);
	});
});

describe('defaultRoundYear', () => {
	it.each([
		[[2565, 2570], 2570, 2570],
		[[2565], 2570, 2565],
		[[2565, 2569, 2571], 2570, 2569],
		[[2571, 2572], 2570, 2571],
		[[], 2570, null]
	])('rounds %o in %i → %s', (years, current, year) =>
		expect(defaultRoundYear(years, current)).toBe(year)
	);
});
