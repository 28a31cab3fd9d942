/**
 * A fiscal year's scoring rules as data (ita-reference §3, ita-later-years §7): how items roll up
 * into the OIT, the tool weights, the pass mark and the result bands. A rule that no source
 * confirms for the year carries `verified: false`, and the pages say so.
 */
import { z } from 'zod';

/**
 * sub_indicator_means: a sub-indicator is the mean of its items, an indicator the mean of its
 * sub-indicators, OIT the mean of the indicators (FY2564–FY2565). item_mean: OIT is the mean of
 * all items (a placeholder where the year's method is unknown).
 */
export const ROLLUPS = ['sub_indicator_means', 'item_mean'] as const;
export type Rollup = (typeof ROLLUPS)[number];

const band = z.object({
	/** 'AA' … 'F', or 'excellent' / 'good' / 'pass' / 'improve' / 'urgent'. */
	code: z.string().regex(/^[a-z_]{1,20}$|^[A-F]{1,2}$/),
	th: z.string().min(1).max(60),
	en: z.string().min(1).max(60),
	/** Lowest ITA (as published, two decimals) of the band. */
	min: z.number().min(0).max(100),
	/** Each tool (IIT, EIT, OIT) must also be at least this (FY2568: ผ่านดี needs every tool ≥ 85). */
	everyToolMin: z.number().min(0).max(100).optional(),
	/** The band counts as passing. */
	passes: z.boolean(),
	verified: z.boolean()
});

export const scoringSchemeSchema = z.object({
	/** 'grade' (AA–F, FY ≤ 2565) or 'rating' (ผ่าน / ผ่านดี / ผ่านดีเยี่ยม, FY ≥ 2566). */
	kind: z.enum(['grade', 'rating']),
	rollup: z.enum(ROLLUPS),
	rollupVerified: z.boolean(),
	weights: z
		.object({ iit: z.number().min(0).max(1), eit: z.number().min(0).max(1), oit: z.number() })
		.refine((w) => Math.abs(w.iit + w.eit + w.oit - 1) < 1e-9, 'weights must add up to 1'),
	weightsVerified: z.boolean(),
	passMark: z.number().min(0).max(100),
	/** Best first; the last band has min 0. */
	bands: z
		.array(band)
		.min(1)
		.refine((bs) => bs.at(-1)?.min === 0, 'the last band must start at 0')
});

export type ScoringScheme = z.infer<typeof scoringSchemeSchema>;
export type ResultBand = ScoringScheme['bands'][number];

/** Round half away from zero to 2 decimals, as scores are published (38.3055… → 38.31). */
export function round2(x: number): number {
	const scaled = Number((Math.abs(x) * 100).toPrecision(12));
	return (Math.sign(x) * Math.round(scaled)) / 100 || 0;
}

export interface ToolScores {
	ita: number;
	iit: number;
	eit: number;
	oit: number;
}

/**
 * The band of a result, decided on the scores as published (two decimals), so 84.996 shown as
 * 85.00 is not "failed" beside it. A band with `everyToolMin` also needs IIT, EIT and OIT there.
 */
export function bandOf(scheme: ScoringScheme, scores: ToolScores): ResultBand {
	const ita = round2(scores.ita);
	const tools = [scores.iit, scores.eit, scores.oit].map(round2);
	return (
		scheme.bands.find(
			(b) =>
				ita >= b.min && (b.everyToolMin === undefined || tools.every((x) => x >= b.everyToolMin!))
		) ?? scheme.bands.at(-1)!
	);
}

/** Does the published ITA reach the mark? */
export function reaches(ita: number, mark: number): boolean {
	return round2(ita) >= mark;
}

/** Anything in the scheme that no source confirms for the year. */
export function unverifiedParts(scheme: ScoringScheme): ('rollup' | 'weights' | 'bands')[] {
	return [
		...(scheme.rollupVerified ? [] : (['rollup'] as const)),
		...(scheme.weightsVerified ? [] : (['weights'] as const)),
		...(scheme.bands.every((b) => b.verified) ? [] : (['bands'] as const))
	];
}

const WEIGHTS_3_3_4 = { iit: 0.3, eit: 0.3, oit: 0.4 };

/** FY2564–FY2565: AA–F on the ITA, items rolled up by sub-indicator means (ita-reference §3). */
export const GRADE_SCHEME: ScoringScheme = {
	kind: 'grade',
	rollup: 'sub_indicator_means',
	rollupVerified: true,
	weights: WEIGHTS_3_3_4,
	weightsVerified: true,
	passMark: 85,
	bands: [
		{ code: 'AA', th: 'AA', en: 'AA', min: 95, passes: true, verified: true },
		{ code: 'A', th: 'A', en: 'A', min: 85, passes: true, verified: true },
		{ code: 'B', th: 'B', en: 'B', min: 75, passes: false, verified: true },
		{ code: 'C', th: 'C', en: 'C', min: 65, passes: false, verified: true },
		{ code: 'D', th: 'D', en: 'D', min: 55, passes: false, verified: true },
		{ code: 'E', th: 'E', en: 'E', min: 50, passes: false, verified: true },
		{ code: 'F', th: 'F', en: 'F', min: 0, passes: false, verified: true }
	]
};

/**
 * FY2566 on: text ratings (ita-later-years §7). Confirmed: pass mark 85, and ผ่านดี needs every
 * tool at 85 or more (NACC on FY2568). Seen in one dashboard only: the 95 band with every tool at
 * 95, the 70 boundary, the 30/30/40 weights and the roll-up; these stay unverified.
 */
export function ratingScheme(rollup: Rollup, rollupVerified: boolean): ScoringScheme {
	return {
		kind: 'rating',
		rollup,
		rollupVerified,
		weights: WEIGHTS_3_3_4,
		weightsVerified: false,
		passMark: 85,
		bands: [
			{
				code: 'excellent',
				th: 'ผ่านดีเยี่ยม',
				en: 'Excellent pass',
				min: 95,
				everyToolMin: 95,
				passes: true,
				verified: false
			},
			{
				code: 'good',
				th: 'ผ่านดี',
				en: 'Good pass',
				min: 85,
				everyToolMin: 85,
				passes: true,
				verified: true
			},
			{ code: 'pass', th: 'ผ่าน', en: 'Pass', min: 85, passes: true, verified: true },
			{
				code: 'improve',
				th: 'ต้องปรับปรุง',
				en: 'Needs improvement',
				min: 70,
				passes: false,
				verified: false
			},
			{
				code: 'urgent',
				th: 'ต้องปรับปรุงโดยด่วน',
				en: 'Needs urgent improvement',
				min: 0,
				passes: false,
				verified: false
			}
		]
	};
}

/** The first fiscal year of text ratings (ita-later-years §7). */
export const RATINGS_FROM = 2566;

/** A scheme carried into another year: a grade scheme becomes that year's ratings from FY2566. */
export function schemeForYear(scheme: ScoringScheme, fiscalYear: number): ScoringScheme {
	return scheme.kind === 'grade' && fiscalYear >= RATINGS_FROM
		? ratingScheme(scheme.rollup, false)
		: scheme;
}
