import { describe, it, expect } from 'vitest';
import {
	finishFirst,
	itemScore,
	round2,
	scoreCycle,
	type ItemState,
	type Reading,
	type ScoreRow
} from './scoring';
import { STATUSES } from './status';
import { GRADE_SCHEME as G, ratingScheme } from './scheme';

/** The FY2565 shape: 9.1–9.5 = 9, 8, 7, 4, 5 items; 10.1–10.2 = 8, 2 (o1 … o43). */
const SIZES: [string, string, number][] = [
	['9', '9.1', 9],
	['9', '9.2', 8],
	['9', '9.3', 7],
	['9', '9.4', 4],
	['9', '9.5', 5],
	['10', '10.1', 8],
	['10', '10.2', 2]
];

function buildRows(sizes: [string, string, number][]): ScoreRow[] {
	let n = 0;
	return sizes.flatMap(([indicator, sub, count]) =>
		Array.from({ length: count }, () => ({
			code: `o${++n}`,
			indicator,
			sub_indicator: sub
		}))
	);
}

const ROWS = buildRows(SIZES);
const CODES = ROWS.map((r) => r.code);
const codesOf = (sub: string) => ROWS.filter((r) => r.sub_indicator === sub).map((r) => r.code);

const done = (code: string): ItemState => ({
	code,
	status: 'approved',
	elementsCovered: true,
	periodMet: true
});
const open = (code: string, patch: Partial<ItemState> = {}): ItemState => ({
	code,
	status: 'not_started',
	elementsCovered: false,
	periodMet: false,
	...patch
});

/** Every item approved and complete except `missing`. */
const allBut = (...missing: string[]) =>
	CODES.map((c) => (missing.includes(c) ? open(c) : done(c)));

const INPUTS = { iit: 80, eit: 80, target: 85 };

/** Deterministic mixed states (LCG), so property loops see varied, reproducible cycles. */
function mixedStates(seed: number): ItemState[] {
	let x = seed;
	const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	return CODES.map((code) => ({
		code,
		status: STATUSES[Math.floor(next() * STATUSES.length)] ?? 'not_started',
		elementsCovered: next() < 0.8,
		periodMet: next() < 0.85,
		linksOk: next() < 0.9
	}));
}
const SEEDS = [1, 7, 42, 2565, 99991];

describe('fixture', () => {
	it('has the 43 FY2565 items in the published sub-indicator sizes', () => {
		expect(ROWS).toHaveLength(43);
		expect(codesOf('9.1')).toEqual(['o1', 'o2', 'o3', 'o4', 'o5', 'o6', 'o7', 'o8', 'o9']);
		expect(codesOf('10.2')).toEqual(['o42', 'o43']);
	});
});

describe('itemScore', () => {
	const full = { elementsCovered: true, periodMet: true, linksOk: true };
	it.each([
		['approved', 'confirmed', 100],
		['approved', 'pipeline', 100],
		['submitted', 'confirmed', 0],
		['submitted', 'pipeline', 100],
		['draft', 'confirmed', 0],
		['draft', 'pipeline', 0],
		['changes_requested', 'pipeline', 0],
		['not_started', 'pipeline', 0]
	] as const)('%s, all criteria met, %s reading → %i', (status, reading, score) => {
		expect(itemScore({ code: 'o1', status, ...full }, reading)).toBe(score);
	});

	it.each([[{ elementsCovered: false }], [{ periodMet: false }], [{ linksOk: false }]])(
		'an approved item with %o scores 0 in both readings',
		(patch) => {
			for (const reading of ['confirmed', 'pipeline'] as const) {
				expect(itemScore({ code: 'o1', status: 'approved', ...full, ...patch }, reading)).toBe(0);
			}
		}
	);

	it('treats missing linksOk as passing and a missing state as 0', () => {
		expect(itemScore(done('o1'), 'confirmed')).toBe(100);
		expect(itemScore(undefined, 'pipeline')).toBe(0);
	});
});

describe('published checks (ita-reference §3)', () => {
	it('9.1 missing 1 of 9 and 10.1 missing 1 of 8 → 0.4 × OIT = 38.31', () => {
		const r = scoreCycle(ROWS, allBut('o1', 'o34'), INPUTS, 'confirmed', G);
		expect(round2(r.subIndicators[0]?.score ?? NaN)).toBe(88.89);
		expect(r.subIndicators.slice(1, 5).map((s) => s.score)).toEqual([100, 100, 100, 100]);
		expect(r.subIndicators[5]).toMatchObject({ code: '10.1', score: 87.5, items: 8, passing: 7 });
		expect(round2(r.indicators[0]?.score ?? NaN)).toBe(97.78);
		expect(r.indicators[1]).toEqual({ code: '10', score: 93.75 });
		expect(round2(0.4 * r.oit)).toBe(38.31);
	});

	it('9.2 missing 1 of 8 and 10.1 missing 2 of 8 → 0.4 × OIT = 37.00', () => {
		const r = scoreCycle(ROWS, allBut('o10', 'o34', 'o35'), INPUTS, 'confirmed', G);
		expect(r.indicators.map((i) => i.score)).toEqual([97.5, 87.5]);
		expect(round2(0.4 * r.oit)).toBe(37);
	});

	it('one missing item of 10.2 costs 12.5 OIT points and 5 ITA points', () => {
		const full = scoreCycle(ROWS, allBut(), INPUTS, 'confirmed', G);
		const less = scoreCycle(ROWS, allBut('o43'), INPUTS, 'confirmed', G);
		expect(full.oit).toBe(100);
		expect(full.oit - less.oit).toBeCloseTo(12.5, 10);
		expect(full.ita - less.ita).toBeCloseTo(5, 10);
	});

	it('one missing item of 9.1 costs 1.11 OIT points and 0.44 ITA points', () => {
		const full = scoreCycle(ROWS, allBut(), INPUTS, 'confirmed', G);
		const less = scoreCycle(ROWS, allBut('o5'), INPUTS, 'confirmed', G);
		expect(round2(full.oit - less.oit)).toBe(1.11);
		expect(round2(full.ita - less.ita)).toBe(0.44);
	});
});

describe('scoreCycle', () => {
	it('computes ITA, grade, pass and the OIT needed', () => {
		const r = scoreCycle(ROWS, allBut('o43'), INPUTS, 'confirmed', G);
		expect(r.oit).toBeCloseTo(87.5, 10);
		expect(r.ita).toBeCloseTo(0.3 * 80 + 0.3 * 80 + 0.4 * 87.5, 10); // 83
		expect(r.band.code).toBe('B');
		expect(r.passes).toBe(false);
		expect(r.oitNeeded).toBeCloseTo(92.5, 10);
	});

	it('reports an unreachable target as OIT needed above 100', () => {
		const r = scoreCycle(ROWS, allBut(), { iit: 60, eit: 60, target: 85 }, 'confirmed', G);
		expect(r.oitNeeded).toBeCloseTo(122.5, 10);
		expect(r.oit).toBe(100);
		expect(r.passes).toBe(false);
	});

	it('passes exactly at the target despite floating-point sums', () => {
		// 0.3 × 50.01 + 0.3 × 83.99 + 0.4 × 100 is 80.19999999999999 in binary floating point.
		const r = scoreCycle(ROWS, allBut(), { iit: 50.01, eit: 83.99, target: 80.2 }, 'confirmed', G);
		expect(r.ita).toBeLessThan(80.2);
		expect(r.passes).toBe(true);
		const top = scoreCycle(ROWS, allBut(), { iit: 100, eit: 100, target: 100 }, 'confirmed', G);
		expect(top).toMatchObject({ passes: true, band: { code: 'AA' }, oitNeeded: 100 });
	});

	it('scores nothing for drafts, missing states and unknown codes', () => {
		const states: ItemState[] = [
			{ code: 'o1', status: 'draft', elementsCovered: true, periodMet: true },
			done('o999')
		];
		const r = scoreCycle(ROWS, states, INPUTS, 'pipeline', G);
		expect(r.oit).toBe(0);
		expect(r.subIndicators.every((s) => s.passing === 0)).toBe(true);
		expect(r.band.code).toBe('F');
	});

	it('rejects repeated item codes and out-of-range survey scores', () => {
		expect(() => scoreCycle(ROWS.concat(ROWS.slice(0, 1)), [], INPUTS, 'confirmed', G)).toThrow(
			RangeError
		);
		expect(() => scoreCycle(ROWS, [], { iit: 101, eit: 80, target: 85 }, 'confirmed', G)).toThrow(
			RangeError
		);
	});
});

describe('round2', () => {
	it.each([
		[38.305555555, 38.31],
		[88.888888, 88.89],
		[1.005, 1.01],
		[37, 37],
		[-0.004, 0],
		[-1.005, -1.01]
	])('%d → %d', (x, y) => expect(round2(x)).toBe(y));
});

describe('properties', () => {
	const readings: Reading[] = ['confirmed', 'pipeline'];

	it('keeps every score within 0 … 100', () => {
		for (const seed of SEEDS) {
			for (const reading of readings) {
				const r = scoreCycle(ROWS, mixedStates(seed), INPUTS, reading, G);
				const all = [...r.subIndicators.map((s) => s.score), ...r.indicators.map((i) => i.score)];
				for (const v of [...all, r.oit, r.ita]) {
					expect(v).toBeGreaterThanOrEqual(0);
					expect(v).toBeLessThanOrEqual(100);
				}
			}
		}
	});

	it('never lowers OIT or ITA when any single open item is approved (all 43 codes)', () => {
		for (const seed of SEEDS) {
			const base = mixedStates(seed);
			const before = scoreCycle(ROWS, base, INPUTS, 'confirmed', G);
			for (const code of CODES) {
				const wasOpen =
					itemScore(
						base.find((s) => s.code === code),
						'confirmed'
					) === 0;
				const after = scoreCycle(
					ROWS,
					base.map((s) => (s.code === code ? done(code) : s)),
					INPUTS,
					'confirmed',
					G
				);
				expect(after.oit).toBeGreaterThanOrEqual(before.oit);
				expect(after.ita).toBeGreaterThanOrEqual(before.ita);
				if (wasOpen) expect(after.oit).toBeGreaterThan(before.oit);
				else expect(after.oit).toBe(before.oit);
			}
		}
	});

	it('reads pipeline ≥ confirmed, and equal when nothing is submitted', () => {
		for (const seed of SEEDS) {
			const states = mixedStates(seed);
			const confirmed = scoreCycle(ROWS, states, INPUTS, 'confirmed', G);
			const pipeline = scoreCycle(ROWS, states, INPUTS, 'pipeline', G);
			expect(pipeline.oit).toBeGreaterThanOrEqual(confirmed.oit);
			expect(pipeline.ita).toBeGreaterThanOrEqual(confirmed.ita);
			const higherOrEqual = pipeline.subIndicators.map(
				(s, i) => s.score >= (confirmed.subIndicators[i]?.score ?? Infinity)
			);
			expect(higherOrEqual).toEqual(SIZES.map(() => true));
			const noSubmitted = states.map((s) =>
				s.status === 'submitted' ? { ...s, status: 'draft' as const } : s
			);
			expect(scoreCycle(ROWS, noSubmitted, INPUTS, 'pipeline', G).oit).toBe(
				scoreCycle(ROWS, noSubmitted, INPUTS, 'confirmed', G).oit
			);
		}
		const submittedOnly = CODES.map((c) => ({ ...done(c), status: 'submitted' as const }));
		expect(scoreCycle(ROWS, submittedOnly, INPUTS, 'confirmed', G).oit).toBe(0);
		expect(scoreCycle(ROWS, submittedOnly, INPUTS, 'pipeline', G).oit).toBe(100);
	});
});

describe('finishFirst', () => {
	it('ranks by ITA points gained: 10.2 before 10.1 before 9.4 before 9.1', () => {
		const ranked = finishFirst(ROWS, allBut('o1', 'o25', 'o34', 'o43'), INPUTS, G);
		expect(ranked.map((e) => e.code)).toEqual(['o43', 'o34', 'o25', 'o1']);
		expect(ranked.map((e) => round2(e.itaGain))).toEqual([5, 1.25, 1, 0.44]);
		expect(ranked[0]).toMatchObject({ subIndicator: '10.2', status: 'not_started', oitGain: 12.5 });
	});

	it('gains match re-scoring the cycle with that item alone approved', () => {
		for (const seed of SEEDS) {
			const base = mixedStates(seed);
			const before = scoreCycle(ROWS, base, INPUTS, 'confirmed', G);
			for (const entry of finishFirst(ROWS, base, INPUTS, G)) {
				const after = scoreCycle(
					ROWS,
					base.map((s) => (s.code === entry.code ? done(s.code) : s)),
					INPUTS,
					'confirmed',
					G
				);
				expect(after.ita - before.ita).toBeCloseTo(entry.itaGain, 10);
				expect(after.oit - before.oit).toBeCloseTo(entry.oitGain, 10);
			}
		}
	});

	it('lists exactly the items open in the confirmed reading (submitted ones included)', () => {
		const states = allBut('o2', 'o3').map((s) =>
			s.code === 'o2'
				? { ...s, status: 'submitted' as const, elementsCovered: true, periodMet: true }
				: s
		);
		const ranked = finishFirst(ROWS, states, INPUTS, G);
		expect(ranked.map((e) => [e.code, e.status])).toEqual([
			['o2', 'submitted'],
			['o3', 'not_started']
		]);
		expect(finishFirst(ROWS, allBut(), INPUTS, G)).toEqual([]);
		expect(finishFirst(ROWS, [], INPUTS, G)).toHaveLength(43);
	});

	it('breaks ties by due date (undated last), then by code number', () => {
		const tie: ScoreRow[] = ['o9', 'o10', 'o11', 'o2'].map((code) => ({
			code,
			indicator: 'X',
			sub_indicator: 'X.1'
		}));
		const states = [
			open('o9'),
			open('o10'),
			open('o11', { dueDate: '2022-02-15' }),
			open('o2', { dueDate: '2022-03-01' })
		];
		expect(finishFirst(tie, states, INPUTS, G).map((e) => e.code)).toEqual([
			'o11',
			'o2',
			'o9',
			'o10'
		]);
	});
});

describe('scoring by the edition scheme', () => {
	it('rolls up by the plain item mean where the scheme says so', () => {
		const scheme = ratingScheme('item_mean', false);
		const r = scoreCycle(ROWS, allBut('o1', 'o34'), INPUTS, 'confirmed', scheme);
		expect(r.oit).toBeCloseTo((41 * 100) / 43, 10);
		expect(finishFirst(ROWS, allBut('o1'), INPUTS, scheme)[0].oitGain).toBeCloseTo(100 / 43, 10);
	});

	it('rates FY ≥ 2566 rounds in words, with the per-tool condition', () => {
		const scheme = ratingScheme('sub_indicator_means', false);
		const good = scoreCycle(ROWS, allBut(), { iit: 90, eit: 90, target: 85 }, 'confirmed', scheme);
		expect(good.band.th).toBe('ผ่านดี');
		const lowEit = scoreCycle(
			ROWS,
			allBut(),
			{ iit: 99, eit: 84, target: 85 },
			'confirmed',
			scheme
		);
		expect(lowEit.ita).toBeGreaterThan(85);
		expect(lowEit.band.th).toBe('ผ่าน');
	});
});
