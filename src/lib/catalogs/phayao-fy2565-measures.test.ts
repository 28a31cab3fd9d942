import { describe, it, expect } from 'vitest';
import { phayaoMeasures2565 } from './phayao-fy2565-measures';
import { parseTimeframe } from '$lib/domain/timeframe';
import { matchDivision } from '$lib/domain/owners';
import { DEMO_DIVISIONS } from '$lib/server/demo';

const divisions = DEMO_DIVISIONS.flatMap((d) => [d, ...(d.sections ?? [])]).map((d) => ({
	id: d.name,
	...d
}));

describe("Phayao's FY2565 measures as transcribed", () => {
	it('has the rows of the report table: 4 measures, 6 + 1 + 1 + 1 actions', () => {
		expect(phayaoMeasures2565.map((m) => m.actions.length)).toEqual([6, 1, 1, 1]);
		// The first measure's actions are numbered ๑.–๖. in the report.
		expect(phayaoMeasures2565[0].actions.map((a) => a.method.slice(0, 1))).toEqual([
			'๑',
			'๒',
			'๓',
			'๔',
			'๕',
			'๖'
		]);
	});

	it('reads every timeframe the report writes', () => {
		const read = phayaoMeasures2565
			.flatMap((m) => m.actions)
			.map((a) => [a.timeframe, parseTimeframe(a.timeframe, 2565)] as const);
		expect(read.filter(([, t]) => t === null)).toEqual([]);
		expect(read.find(([text]) => text.includes('เป็นต้นไป'))?.[1]).toEqual({
			start: '2021-12-01',
			end: null
		});
	});

	it('names only divisions the demo has', () => {
		const named = phayaoMeasures2565
			.flatMap((m) => m.actions)
			.flatMap((a) => (a.divisions === 'all' ? [] : a.divisions));
		expect(named.length).toBeGreaterThan(0);
		expect(named.filter((n) => !matchDivision(n, divisions))).toEqual([]);
	});
});
