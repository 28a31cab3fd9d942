import type { IsoDate } from './fiscal';
import { itemStatusOf } from './item-status';
import { evidenceAsks, ruleMet, type PeriodRule } from './period-rule';
import type { ItemState } from './scoring';
import type { ItemStatus } from './status';
import {
	linkVerdict,
	linksPass,
	LINK_WARNINGS,
	type LinkCheck,
	type LinkProblem,
	type LinkVerdict
} from './link-verdict';

export interface EvidenceFacts {
	kind: 'url' | 'nothing_to_report';
	element_positions: number[];
	period_month: string | null;
	covers_from: IsoDate | null;
	covers_to: IsoDate | null;
	deleted_at: unknown;
	/** The newest check of the URL as it is now, and whether a coordinator accepted it off-domain. */
	link_check?: LinkCheck | null;
	accepted?: boolean;
}

export interface ItemFacts {
	code: string;
	periodRule: PeriodRule;
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
	/** Months or quarters ('YYYY-MM' of their first month) without evidence or a declaration. */
	missingMonths: string[];
	/** Live URLs whose newest check fails them (dead, off the website, last year's, …). */
	failingLinks: number;
	/** What fails them, each problem once. */
	linkProblems: LinkProblem[];
	/** Live URLs not checked yet. */
	uncheckedLinks: number;
}

const WARNINGS: ReadonlySet<string> = new Set(LINK_WARNINGS);

/**
 * What the evidence of an item proves, never flattering: elements count only when a live URL
 * names them (a "nothing to report" declaration stands in where the criteria allow it); the
 * period rule (period-rule.ts) decides whether the stated periods meet it.
 */
export function itemReadiness(f: ItemFacts): ItemReadiness {
	const live = f.evidence.filter((e) => !e.deleted_at);
	const urls = live.filter((e) => e.kind === 'url');
	const bySlot = evidenceAsks(f.periodRule) === 'slot';
	const allowed = live.filter((e) => e.kind === 'url' || f.allowsNothingToReport);
	const declared = allowed.some((e) => e.kind === 'nothing_to_report');
	const covered = new Set(urls.flatMap((e) => e.element_positions));
	const missingElements =
		declared && !bySlot
			? []
			: Array.from({ length: f.elementCount }, (_, i) => i).filter((i) => !covered.has(i));
	const period = ruleMet(
		f.periodRule,
		f.fiscalYear,
		allowed.map((e) => ({
			declaration: e.kind === 'nothing_to_report',
			slot: e.period_month,
			from: e.covers_from,
			to: e.covers_to
		}))
	);
	const verdicts: LinkVerdict[] = urls.map((e) => linkVerdict(e.link_check, e.accepted));
	return {
		code: f.code,
		status: itemStatusOf(f.parts),
		elementsCovered: missingElements.length === 0,
		periodMet: period.met,
		linksOk: linksPass(verdicts),
		missingElements,
		missingMonths: period.missingSlots,
		failingLinks: verdicts.filter((v) => v.state === 'fail').length,
		linkProblems: [
			...new Set(verdicts.flatMap((v) => (v.state === 'fail' ? v.reasons : []) as LinkProblem[]))
		].filter((r) => !WARNINGS.has(r)),
		uncheckedLinks: verdicts.filter((v) => v.state === 'unchecked').length,
		...(f.dueDate ? { dueDate: f.dueDate } : {})
	};
}
