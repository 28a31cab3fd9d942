/**
 * The OIT / ITA arithmetic of a round, by its edition's scoring scheme (scheme.ts). Items score
 * 100 or 0; the scheme says how they roll up into the OIT (FY2565: a sub-indicator is the mean of
 * its items, an indicator the mean of its sub-indicators, OIT the mean of the indicators), the
 * tool weights (ITA = w·IIT + w·EIT + w·OIT) and the result bands. Everything is computed in full
 * precision; the band and the pass are decided on the published two-decimal scores.
 */
import type { CatalogRow } from './catalog';
import { bandOf, reaches, round2, type ResultBand, type ScoringScheme } from './scheme';
import type { IsoDate } from './fiscal';
import type { ItemStatus } from './status';

export type ScoreRow = Pick<CatalogRow, 'code' | 'indicator' | 'sub_indicator'>;

export interface ItemState {
	code: string;
	status: ItemStatus;
	elementsCovered: boolean;
	periodMet: boolean;
	/** The item's links passed their last check; missing means true. */
	linksOk?: boolean;
	dueDate?: IsoDate;
}

/** confirmed: approved items only; pipeline: approved or submitted (if they were approved). */
export type Reading = 'confirmed' | 'pipeline';

export interface ScoringInputs {
	iit: number;
	eit: number;
	target: number;
}

export interface SubIndicatorScore {
	code: string;
	indicator: string;
	score: number;
	items: number;
	passing: number;
}

export interface CycleScore {
	subIndicators: SubIndicatorScore[];
	indicators: { code: string; score: number }[];
	oit: number;
	ita: number;
	/** The result band (grade or rating) of the ITA in the round's scheme. */
	band: ResultBand;
	/** OIT needed to reach the target; above 100 = unreachable, ≤ 0 = already reached. */
	oitNeeded: number;
	passes: boolean;
}

export { round2 };

/** Tolerance for comparing full-precision gains. */
const EPS = 1e-9;

export function itemScore(state: ItemState | undefined, reading: Reading): 0 | 100 {
	if (!state) return 0;
	const counted =
		state.status === 'approved' || (reading === 'pipeline' && state.status === 'submitted');
	const met = state.elementsCovered && state.periodMet && state.linksOk !== false;
	return counted && met ? 100 : 0;
}

export function itaOf(
	oit: number,
	{ iit, eit }: Pick<ScoringInputs, 'iit' | 'eit'>,
	w: ScoringScheme['weights']
): number {
	return w.iit * iit + w.eit * eit + w.oit * oit;
}

/** Whether both IIT and EIT estimates are given: without them there is no ITA, result or OIT needed. */
export function hasEstimates(inputs: { iit: number | null; eit: number | null }): boolean {
	return inputs.iit !== null && inputs.eit !== null;
}

export function oitNeededFor(
	{ iit, eit, target }: ScoringInputs,
	w: ScoringScheme['weights']
): number {
	return (target - w.iit * iit - w.eit * eit) / w.oit;
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const mean = (xs: number[]): number => (xs.length ? sum(xs) / xs.length : 0);

function assertInputs(inputs: ScoringInputs): void {
	for (const [name, v] of Object.entries(inputs)) {
		if (!Number.isFinite(v) || v < 0 || v > 100) throw new RangeError(`${name} must be 0–100`);
	}
}

/** Sub-indicators with their item codes, in catalogue order. Throws on a repeated code. */
export function groupRows(
	rows: ScoreRow[]
): { code: string; indicator: string; codes: string[] }[] {
	const subs = new Map<string, { code: string; indicator: string; codes: string[] }>();
	const seen = new Set<string>();
	for (const row of rows) {
		if (seen.has(row.code)) throw new RangeError(`Item ${row.code} appears twice`);
		seen.add(row.code);
		const sub = subs.get(row.sub_indicator) ?? {
			code: row.sub_indicator,
			indicator: row.indicator,
			codes: []
		};
		sub.codes.push(row.code);
		subs.set(row.sub_indicator, sub);
	}
	return [...subs.values()];
}

export function scoreCycle(
	rows: ScoreRow[],
	states: ItemState[],
	inputs: ScoringInputs,
	reading: Reading,
	scheme: ScoringScheme
): CycleScore {
	assertInputs(inputs);
	const byCode = new Map(states.map((s) => [s.code, s]));
	const subIndicators = groupRows(rows).map(({ code, indicator, codes }) => {
		const passing = codes.filter((c) => itemScore(byCode.get(c), reading) === 100).length;
		return { code, indicator, score: (passing * 100) / codes.length, items: codes.length, passing };
	});
	const indicatorCodes = [...new Set(subIndicators.map((s) => s.indicator))];
	const indicators = indicatorCodes.map((code) => ({
		code,
		score: mean(subIndicators.filter((s) => s.indicator === code).map((s) => s.score))
	}));
	const oit =
		scheme.rollup === 'item_mean'
			? rows.length
				? (sum(subIndicators.map((s) => s.passing)) * 100) / rows.length
				: 0
			: mean(indicators.map((i) => i.score));
	const ita = itaOf(oit, inputs, scheme.weights);
	return {
		subIndicators,
		indicators,
		oit,
		ita,
		band: bandOf(scheme, { ita, iit: inputs.iit, eit: inputs.eit, oit }),
		oitNeeded: oitNeededFor(inputs, scheme.weights),
		passes: reaches(ita, inputs.target)
	};
}

export interface FinishFirstEntry {
	code: string;
	subIndicator: string;
	status: ItemStatus;
	/** OIT points the item adds if it alone becomes 100. */
	oitGain: number;
	/** ITA points the item adds if it alone becomes 100 (= the OIT weight × oitGain). */
	itaGain: number;
	dueDate?: IsoDate;
}

const codeNumber = (code: string): number => Number(/\d+/.exec(code)?.[0] ?? Infinity);

function byGainThenDueThenCode(a: FinishFirstEntry, b: FinishFirstEntry): number {
	if (Math.abs(a.itaGain - b.itaGain) > EPS) return b.itaGain - a.itaGain;
	if (a.dueDate !== b.dueDate) {
		if (a.dueDate === undefined) return 1;
		if (b.dueDate === undefined) return -1;
		return a.dueDate < b.dueDate ? -1 : 1;
	}
	return (
		codeNumber(a.code) - codeNumber(b.code) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
	);
}

/**
 * Open items (0 in the confirmed reading), the ones worth most first: ranked by the ITA points
 * each would add on its own, then by due date (none last), then by code number (o2 before o10).
 */
export function finishFirst(
	rows: ScoreRow[],
	states: ItemState[],
	inputs: ScoringInputs,
	scheme: ScoringScheme
): FinishFirstEntry[] {
	assertInputs(inputs);
	const byCode = new Map(states.map((s) => [s.code, s]));
	const subs = groupRows(rows);
	const indicatorCount = new Set(subs.map((s) => s.indicator)).size;
	const subsPerIndicator = (indicator: string) =>
		subs.filter((s) => s.indicator === indicator).length;
	return subs
		.flatMap((sub) => {
			const oitGain =
				scheme.rollup === 'item_mean'
					? 100 / rows.length
					: 100 / (sub.codes.length * subsPerIndicator(sub.indicator) * indicatorCount);
			return sub.codes
				.filter((code) => itemScore(byCode.get(code), 'confirmed') === 0)
				.map((code) => {
					const state = byCode.get(code);
					return {
						code,
						subIndicator: sub.code,
						status: state?.status ?? 'not_started',
						oitGain,
						itaGain: scheme.weights.oit * oitGain,
						...(state?.dueDate ? { dueDate: state.dueDate } : {})
					};
				});
		})
		.sort(byGainThenDueThenCode);
}
