import { addDays, type IsoDate } from './fiscal';
import type { ItemReadiness } from './item-state';
import type { LinkProblem } from './link-verdict';
import type { ItemStatus } from './status';
import { STATUSES } from './status';

interface ItemLike {
	code: string;
	name_th: string;
	name_en: string;
	due_date: IsoDate | null;
	parts: { status: ItemStatus; division_id: string; division_name: string; archived?: boolean }[];
	readiness: ItemReadiness;
}

export type RiskReason =
	| 'unassigned'
	| 'ownerArchived'
	| 'overdue'
	| 'dueSoon'
	| 'changes'
	| 'period'
	| 'elements'
	| 'links';

/** No live division owes the item: never assigned, or every owner has been archived since. */
export function needsOwner(parts: readonly { archived?: boolean }[]): boolean {
	return parts.every((p) => p.archived);
}

/** Days ahead within which an item not yet submitted counts as at risk. */
export const DUE_SOON_DAYS = 7;

export interface RiskEntry {
	code: string;
	name_th: string;
	name_en: string;
	due_date: IsoDate | null;
	status: ItemStatus;
	reasons: RiskReason[];
	/** What fails the item's links, when `links` is a reason. */
	linkProblems: LinkProblem[];
}

/**
 * Items that put the score at risk: no division owns them (none assigned, or only archived
 * ones), overdue and not approved, due within a week and not yet submitted, sent back for
 * changes, submitted/approved while their evidence misses the period or elements, or with a
 * link that fails its check.
 */
export function atRisk(items: ItemLike[], today: IsoDate): RiskEntry[] {
	const soon = addDays(today, DUE_SOON_DAYS);
	return items
		.map((i) => {
			const r = i.readiness;
			const reasons: RiskReason[] = [];
			if (needsOwner(i.parts)) reasons.push(i.parts.length ? 'ownerArchived' : 'unassigned');
			const settled = r.status === 'submitted' || r.status === 'approved';
			if (i.due_date && i.due_date < today && r.status !== 'approved') reasons.push('overdue');
			else if (i.due_date && i.due_date <= soon && !settled) reasons.push('dueSoon');
			if (r.status === 'changes_requested') reasons.push('changes');
			if (settled && !r.periodMet) reasons.push('period');
			if (settled && !r.elementsCovered) reasons.push('elements');
			if (r.failingLinks > 0) reasons.push('links');
			return {
				code: i.code,
				name_th: i.name_th,
				name_en: i.name_en,
				due_date: i.due_date,
				status: r.status,
				reasons,
				linkProblems: r.linkProblems
			};
		})
		.filter((e) => e.reasons.length > 0);
}

export interface DivisionStatus {
	division: string;
	counts: Record<ItemStatus, number>;
}

/** How many parts of each status each division holds (the stacked chart). */
export function divisionStatus(items: ItemLike[]): DivisionStatus[] {
	const byDivision = new Map<string, DivisionStatus>();
	for (const part of items.flatMap((i) => i.parts)) {
		const entry = byDivision.get(part.division_id) ?? {
			division: part.division_name,
			counts: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ItemStatus, number>
		};
		entry.counts[part.status]++;
		byDivision.set(part.division_id, entry);
	}
	return [...byDivision.values()];
}
