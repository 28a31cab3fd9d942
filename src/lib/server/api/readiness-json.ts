/**
 * The JSON shapes of the read-only API (`/api/v1/cycles…`): snake_case fields, scores rounded to
 * 2 decimals for the wire (the arithmetic itself stays in full precision in `scoring.ts`).
 */
import { round2, type CycleScore, hasEstimates } from '$lib/domain/scoring';
import type { CycleRow } from '../cycles';
import type { CycleRef } from '../cycle-items';
import type { Readiness } from '../readiness';

export function cycleJson(c: CycleRow) {
	return {
		id: c.id,
		fiscal_year: c.fiscal_year,
		target: c.target,
		iit_estimate: c.iit_estimate,
		eit_estimate: c.eit_estimate,
		oit_opens: c.oit_opens,
		oit_closes: c.oit_closes,
		internal_deadline: c.internal_deadline,
		edition: { id: c.catalog_id, status: c.edition_status, items: c.edition_items }
	};
}

/** Every item in catalogue order; owners are division names, the lead first. */
export function itemsJson(r: Pick<Readiness, 'items'>) {
	return r.items.map((i) => ({
		code: i.code,
		sub_indicator: i.sub_indicator,
		status: i.readiness.status,
		score: i.score.confirmed,
		pipeline_score: i.score.pipeline,
		due_date: i.due_date,
		owners: i.parts.map((p) => p.division_name),
		elements_covered: i.readiness.elementsCovered,
		period_met: i.readiness.periodMet
	}));
}

/**
 * One reading. ITA, the result band (grade or rating), pass and the OIT needed depend on the IIT/EIT estimates: without both
 * they are null rather than figures computed as if IIT and EIT were 0.
 */
export function readingJson(s: CycleScore, estimated: boolean) {
	return {
		sub_indicators: s.subIndicators.map((x) => ({
			code: x.code,
			score: round2(x.score),
			items: x.items,
			passing: x.passing
		})),
		indicators: s.indicators.map((x) => ({ code: x.code, score: round2(x.score) })),
		oit: round2(s.oit),
		ita: estimated ? round2(s.ita) : null,
		result: estimated
			? { code: s.band.code, name_th: s.band.th, name_en: s.band.en, verified: s.band.verified }
			: null,
		passes: estimated ? s.passes : null,
		oit_needed: estimated ? round2(s.oitNeeded) : null
	};
}

export function readinessJson(
	cycle: Pick<CycleRef, 'id' | 'fiscal_year'>,
	r: Pick<Readiness, 'inputs' | 'confirmed' | 'pipeline'>
) {
	const estimated = hasEstimates(r.inputs);
	return {
		cycle_id: cycle.id,
		fiscal_year: cycle.fiscal_year,
		target: r.inputs.target,
		iit_estimate: r.inputs.iit,
		eit_estimate: r.inputs.eit,
		readings: {
			confirmed: readingJson(r.confirmed, estimated),
			pipeline: readingJson(r.pipeline, estimated)
		}
	};
}
