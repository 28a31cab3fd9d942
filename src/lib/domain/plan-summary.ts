/**
 * Where a plan stands for one fiscal year and round: per มิติ and per owner division, how many
 * items reported, how many are done, and the budget planned against what was spent. Items with
 * no report are listed, so the coordinator chases them before the round closes.
 */
export interface SummaryItem {
	id: string;
	dimension: number;
	owner_division_ids: string[];
	budgets: Record<string, { amount: number | null; unbudgeted: boolean }>;
}

export interface SummaryProgress {
	item_id: string;
	status: 'not_started' | 'in_progress' | 'done' | 'cancelled';
	review: 'draft' | 'submitted' | 'approved' | 'returned';
	spent: number | null;
}

export interface Tally {
	items: number;
	reported: number;
	done: number;
	planned: number;
	spent: number;
}

const empty = (): Tally => ({ items: 0, reported: 0, done: 0, planned: 0, spent: 0 });

/** A report counts once its owners have sent it (submitted or reviewed). */
export const isReported = (p: SummaryProgress | undefined) => Boolean(p && p.review !== 'draft');

export function planSummary(items: SummaryItem[], progress: SummaryProgress[], year: number) {
	const byItem = new Map(progress.map((p) => [p.item_id, p]));
	const byDimension = new Map<number, Tally>();
	const byDivision = new Map<string, Tally>();
	const all = empty();
	const missing: string[] = [];
	for (const item of items) {
		const p = byItem.get(item.id);
		const add = (t: Tally) => {
			t.items++;
			t.planned += item.budgets[String(year)]?.amount ?? 0;
			if (isReported(p)) t.reported++;
			if (p?.status === 'done' && p.review === 'approved') t.done++;
			t.spent += isReported(p) ? (p?.spent ?? 0) : 0;
		};
		add(all);
		const d = byDimension.get(item.dimension) ?? empty();
		add(d);
		byDimension.set(item.dimension, d);
		for (const division of item.owner_division_ids) {
			const t = byDivision.get(division) ?? empty();
			add(t);
			byDivision.set(division, t);
		}
		if (!isReported(p)) missing.push(item.id);
	}
	return { all, byDimension, byDivision, missing };
}
