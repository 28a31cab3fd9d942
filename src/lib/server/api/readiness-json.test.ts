import { describe, it, expect } from 'vitest';
import { scoreCycle, type ItemState, type ScoreRow } from '$lib/domain/scoring';
import { GRADE_SCHEME } from '$lib/domain/scheme';
import { readinessJson } from './readiness-json';

/** 9.1 with 3 items (one approved), 10.1 with 2 (one submitted): shares of thirds and halves. */
const ROWS: ScoreRow[] = [
	{ code: 'o1', indicator: '9', sub_indicator: '9.1' },
	{ code: 'o2', indicator: '9', sub_indicator: '9.1' },
	{ code: 'o3', indicator: '9', sub_indicator: '9.1' },
	{ code: 'o4', indicator: '10', sub_indicator: '10.1' },
	{ code: 'o5', indicator: '10', sub_indicator: '10.1' }
];
const state = (code: string, status: ItemState['status']): ItemState => ({
	code,
	status,
	elementsCovered: true,
	periodMet: true
});
const STATES = [state('o1', 'approved'), state('o4', 'submitted')];
const CYCLE = { id: '00000000-0000-4000-8000-000000000001', fiscal_year: 2565 };

function readiness(iit: number | null, eit: number | null) {
	const inputs = { target: 85, iit: iit ?? 0, eit: eit ?? 0 };
	return readinessJson(CYCLE, {
		inputs: { target: 85, iit, eit },
		confirmed: scoreCycle(ROWS, STATES, inputs, 'confirmed', GRADE_SCHEME),
		pipeline: scoreCycle(ROWS, STATES, inputs, 'pipeline', GRADE_SCHEME)
	});
}

describe('readinessJson', () => {
	it('rounds every score to 2 decimals and keeps the counts', () => {
		const { confirmed, pipeline } = readiness(80, 90).readings;
		expect(confirmed.sub_indicators).toEqual([
			{ code: '9.1', score: 33.33, items: 3, passing: 1 },
			{ code: '10.1', score: 0, items: 2, passing: 0 }
		]);
		expect(confirmed.indicators).toEqual([
			{ code: '9', score: 33.33 },
			{ code: '10', score: 0 }
		]);
		expect(confirmed.oit).toBe(16.67);
		expect(pipeline.oit).toBe(41.67);
		expect(confirmed).toMatchObject({
			ita: 57.67,
			result: { code: 'D' },
			passes: false,
			oit_needed: 85
		});
	});

	it('gives no ITA, grade, pass or OIT needed without both estimates', () => {
		for (const [iit, eit] of [
			[null, null],
			[80, null],
			[null, 90]
		]) {
			const json = readiness(iit, eit);
			expect(json).toMatchObject({ cycle_id: CYCLE.id, fiscal_year: 2565, target: 85 });
			for (const reading of Object.values(json.readings)) {
				expect(reading).toMatchObject({ ita: null, result: null, passes: null, oit_needed: null });
				expect(reading.oit).toBeGreaterThan(0);
			}
		}
	});
});
