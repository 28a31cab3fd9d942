/**
 * A plan's sums: budgets per มิติ and year, where the document's own printed totals differ from
 * its rows, and how many items its grand total says it has. Shown, never hidden.
 */
import type { PlanRow, PlanTable, StatedTotal } from './plan-table';
import { fromThaiDigits } from './thai-date';

/** Budget totals per มิติ and fiscal year, and for the plan. */
export function planTotals(items: Pick<PlanRow, 'dimension' | 'budgets'>[], years: number[]) {
	const byDimension = new Map<number, Record<number, number>>();
	const all: Record<number, number> = Object.fromEntries(years.map((y) => [y, 0]));
	for (const item of items) {
		const sums = byDimension.get(item.dimension) ?? Object.fromEntries(years.map((y) => [y, 0]));
		for (const y of years) {
			const amount = item.budgets[y]?.amount ?? 0;
			sums[y] += amount;
			all[y] += amount;
		}
		byDimension.set(item.dimension, sums);
	}
	return { byDimension, all };
}

export interface TotalMismatch {
	dimension: number | null;
	year: number;
	stated: number;
	computed: number;
}

/** Where the document's own totals differ from the sum of its items. */
export function totalMismatches(
	table: Pick<PlanTable, 'stated' | 'years'> & { items: Pick<PlanRow, 'dimension' | 'budgets'>[] }
): TotalMismatch[] {
	const { byDimension, all } = planTotals(table.items, table.years);
	const seen = new Set<string>();
	const out: TotalMismatch[] = [];
	for (const s of table.stated) {
		const key = String(s.dimension);
		if (seen.has(key)) continue;
		seen.add(key);
		const computed = s.dimension === null ? all : byDimension.get(s.dimension);
		for (const y of table.years) {
			const c = computed?.[y] ?? 0;
			if (Math.abs(c - (s.budgets[y] ?? 0)) > 0.005) {
				out.push({ dimension: s.dimension, year: y, stated: s.budgets[y] ?? 0, computed: c });
			}
		}
	}
	return out;
}

/** How many items the document's grand total says it has ("๒๓ โครงการ ๑๘ มาตรการ …" → 41), if it says. */
export function statedItemCount(stated: Pick<StatedTotal, 'dimension' | 'count'>[]): number | null {
	const grand = stated.find((s) => s.dimension === null);
	const numbers = fromThaiDigits(grand?.count ?? '').match(/[0-9]+/g);
	return numbers ? numbers.reduce((sum, n) => sum + Number(n), 0) : null;
}
