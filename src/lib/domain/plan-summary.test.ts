import { describe, it, expect } from 'vitest';
import { planSummary, type SummaryItem, type SummaryProgress } from './plan-summary';

const item = (
	id: string,
	dimension: number,
	owners: string[],
	amount: number | null
): SummaryItem => ({
	id,
	dimension,
	owner_division_ids: owners,
	budgets: { '2567': { amount, unbudgeted: amount === null } }
});

describe('planSummary', () => {
	it('counts reports, approved completions and money per มิติ and division; drafts do not count', () => {
		const items = [
			item('a', 1, ['d1'], 30000),
			item('b', 1, ['d2'], null),
			item('c', 2, ['d1', 'd2'], 5000)
		];
		const progress: SummaryProgress[] = [
			{ item_id: 'a', status: 'done', review: 'approved', spent: 28000 },
			{ item_id: 'b', status: 'in_progress', review: 'draft', spent: 100 },
			{ item_id: 'c', status: 'done', review: 'submitted', spent: 5000 }
		];
		const s = planSummary(items, progress, 2567);
		expect(s.all).toEqual({ items: 3, reported: 2, done: 1, planned: 35000, spent: 33000 });
		expect(s.byDimension.get(1)).toEqual({
			items: 2,
			reported: 1,
			done: 1,
			planned: 30000,
			spent: 28000
		});
		expect(s.byDivision.get('d2')).toEqual({
			items: 2,
			reported: 1,
			done: 0,
			planned: 5000,
			spent: 5000
		});
		expect(s.missing).toEqual(['b']);
	});
	it('plans for another year count nothing planned', () => {
		expect(planSummary([item('a', 1, [], 30000)], [], 2566).all.planned).toBe(0);
	});
});
