import { describe, it, expect } from 'vitest';
import { daysUntil, defaultDeadlines, defaultInternalDeadline, periodEndDue } from './deadlines';

// The FY2565 calendar: OIT answered in ITAS 1 Mar – 30 Apr 2565 (2022).
const fy2565 = {
	beFY: 2565,
	internalDeadline: '2022-02-15',
	oitOpens: '2022-03-01',
	oitCloses: '2022-04-30'
};

describe('defaultInternalDeadline', () => {
	it.each([
		['2022-03-01', '2022-02-15'],
		['2024-03-01', '2024-02-16'], // leap year
		['2023-01-10', '2022-12-27']
	])('window opens %s → internal deadline %s', (opens, due) => {
		expect(defaultInternalDeadline(opens)).toBe(due);
	});
});

describe('defaultDeadlines: standing, current and previous items', () => {
	it.each(['standing', 'current', 'previous', 'plan', 'made_this_year'] as const)(
		'%s is due at the internal deadline',
		(rule) => {
			expect(defaultDeadlines({ ...fy2565, rule })).toEqual({
				due: '2022-02-15',
				months: []
			});
		}
	);
});

describe('defaultDeadlines: first-half items', () => {
	it.each([
		// half end + 14 days is later than the opening and within the cap
		['2022-03-01', '2022-04-30', '2022-04-14'],
		// the window opens later than 14 April: due when it opens
		['2022-04-20', '2022-05-31', '2022-04-20'],
		// the window closes early: capped 7 days before it closes
		['2022-03-01', '2022-04-18', '2022-04-11'],
		// both: opens late, closes soon after → cap wins
		['2022-04-20', '2022-04-24', '2022-04-17']
	])('window %s … %s → due %s', (oitOpens, oitCloses, due) => {
		const result = defaultDeadlines({
			...fy2565,
			oitOpens,
			oitCloses,
			rule: 'first_half'
		});
		expect(result).toEqual({ due, months: [] });
		expect(periodEndDue('2022-03-31', oitOpens, oitCloses)).toBe(due);
	});

	it('is after the half closes and at least a week before the window closes (FY2565)', () => {
		const { due } = defaultDeadlines({ ...fy2565, rule: 'first_half' });
		expect(due > '2022-03-31').toBe(true);
		expect(due <= '2022-04-23').toBe(true);
	});

	it('gives o23 one sub-deadline per month on the 15th of the next month, capped', () => {
		expect(defaultDeadlines({ ...fy2565, rule: 'monthly:10-3' })).toEqual({
			due: '2022-04-14',
			months: [
				{ key: '2021-10', due: '2021-11-15' },
				{ key: '2021-11', due: '2021-12-15' },
				{ key: '2021-12', due: '2022-01-15' },
				{ key: '2022-01', due: '2022-02-15' },
				{ key: '2022-02', due: '2022-03-15' },
				{ key: '2022-03', due: '2022-04-14' }
			]
		});
	});

	it('never lets a monthly sub-deadline pass the first-half default', () => {
		const { due, months } = defaultDeadlines({
			...fy2565,
			oitOpens: '2022-02-01',
			oitCloses: '2022-03-20',
			rule: 'monthly:10-3'
		});
		expect(due).toBe('2022-03-13');
		expect(months.map((m) => m.due)).toEqual([
			'2021-11-15',
			'2021-12-15',
			'2022-01-15',
			'2022-02-15',
			'2022-03-13',
			'2022-03-13'
		]);
	});

	it('gives a quarterly item one sub-deadline per quarter', () => {
		expect(defaultDeadlines({ ...fy2565, rule: 'quarterly:10-3' })).toEqual({
			due: '2022-04-14',
			months: [
				{ key: '2021-10', due: '2022-01-15' },
				{ key: '2022-01', due: '2022-04-14' }
			]
		});
	});
});

describe('defaultDeadlines: bad input', () => {
	it.each([
		[{ oitOpens: '2022-02-30' }],
		[{ internalDeadline: '15/02/2565' }],
		[{ oitOpens: '2022-05-01', oitCloses: '2022-04-30' }]
	])('%o throws RangeError', (patch) => {
		expect(() => defaultDeadlines({ ...fy2565, rule: 'current', ...patch })).toThrow(RangeError);
	});
});

describe('daysUntil', () => {
	it.each([
		['2022-02-15', '2022-02-01', 14],
		['2022-02-15', '2022-02-15', 0],
		['2022-02-15', '2022-02-20', -5],
		['2022-03-01', '2022-02-28', 1]
	])('due %s seen on %s → %i', (due, today, n) => expect(daysUntil(due, today)).toBe(n));
});
