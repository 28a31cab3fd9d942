import type { PeriodRule } from './catalog';
import { firstHalfMonths, type IsoDate } from './fiscal';
import { itemStatusOf } from './item-status';
import { coversPeriod } from './period';
import type { ItemState } from './scoring';
import type { ItemStatus } from './status';

export interface EvidenceFacts {
	kind: 'url' | 'nothing_to_report';
	element_positions: number[];
	period_month: string | null;
	covers_from: IsoDate | null;
	covers_to: IsoDate | null;
	deleted_at: unknown;
}

export interface ItemFacts {
	code: string;
	periodRule: PeriodRule;
	monthly: boolean;
	allowsNothingToReport: boolean;
	elementCount: number;
	fiscalYear: number;
	parts: { status: ItemStatus }[];
	evidence: EvidenceFacts[];
	dueDate?: IsoDate;
}

export interface ItemReadiness extends ItemState {
	/** Element positions no live evidence covers. */
	missingElements: number[];
	/** First-half months ('YYYY-MM') without evidence or a declaration (monthly items). */
	missingMonths: string[];
}

/**
 * What the evidence of an item proves, never flattering: elements count only when a live URL
 * names them (a "nothing to report" declaration stands in where the criteria allow it); dated
 * rules need evidence whose stated period meets the rule; o23 needs every month of the half.
 */
export function itemReadiness(f: ItemFacts): ItemReadiness {
	const live = f.evidence.filter((e) => !e.deleted_at);
	const urls = live.filter((e) => e.kind === 'url');
	const declared = f.allowsNothingToReport && live.some((e) => e.kind === 'nothing_to_report');
	const covered = new Set(urls.flatMap((e) => e.element_positions));
	const missingElements =
		declared && !f.monthly
			? []
			: Array.from({ length: f.elementCount }, (_, i) => i).filter((i) => !covered.has(i));
	const missingMonths = f.monthly
		? firstHalfMonths(f.fiscalYear)
				.map((m) => m.key)
				.filter((key) => !live.some((e) => e.period_month === key))
		: [];
	return {
		code: f.code,
		status: itemStatusOf(f.parts),
		elementsCovered: missingElements.length === 0,
		periodMet: f.monthly ? missingMonths.length === 0 : periodMet(f, urls, declared),
		missingElements,
		missingMonths,
		...(f.dueDate ? { dueDate: f.dueDate } : {})
	};
}

function periodMet(f: ItemFacts, urls: EvidenceFacts[], declared: boolean): boolean {
	if (f.periodRule === 'none' || declared) return true;
	const dated = urls.filter((e) => e.covers_from && e.covers_to);
	if (!dated.length) return false;
	const from = dated.map((e) => e.covers_from!).sort()[0];
	const to = dated
		.map((e) => e.covers_to!)
		.sort()
		.at(-1)!;
	return coversPeriod(f.periodRule, f.fiscalYear, { from, to });
}
