import { describe, it, expect } from 'vitest';
import { atRisk, divisionStatus } from './dashboard';
import type { ItemReadiness } from './item-state';
import type { ItemStatus } from './status';

const item = (
	code: string,
	status: ItemStatus,
	due: string | null,
	extra: Partial<ItemReadiness> = {}
) => ({
	code,
	name_th: code,
	name_en: code,
	due_date: due,
	parts: [{ status, division_id: 'd1', division_name: 'กองคลัง' }],
	readiness: {
		code,
		status,
		elementsCovered: true,
		periodMet: true,
		missingElements: [],
		missingMonths: [],
		failingLinks: 0,
		uncheckedLinks: 0,
		linkProblems: [],
		...extra
	}
});

describe('atRisk', () => {
	it('flags overdue, returned and under-evidenced items, nothing else', () => {
		const risks = atRisk(
			[
				item('o1', 'draft', '2022-02-01'),
				item('o2', 'approved', '2022-02-01'),
				item('o3', 'changes_requested', '2022-03-01'),
				item('o4', 'submitted', '2022-03-01', { periodMet: false }),
				item('o5', 'approved', '2022-03-01', { elementsCovered: false }),
				item('o6', 'draft', '2022-03-01', { elementsCovered: false })
			],
			'2022-02-10'
		);
		expect(risks.map((r) => [r.code, r.reasons])).toEqual([
			['o1', ['overdue']],
			['o3', ['changes']],
			['o4', ['period']],
			['o5', ['elements']]
		]);
	});
});

describe('atRisk: nobody owns it, or it is due this week', () => {
	it('flags items with no division or only archived ones, and items due within 7 days', () => {
		const unassigned = { ...item('o7', 'not_started', null), parts: [] };
		const draft = item('o8', 'draft', null);
		const archived = { ...draft, parts: [{ ...draft.parts[0], archived: true }] };
		const risks = atRisk(
			[
				unassigned,
				archived,
				item('o9', 'draft', '2022-02-17'),
				item('o10', 'not_started', '2022-02-10'),
				item('o11', 'draft', '2022-02-18'),
				item('o12', 'submitted', '2022-02-12'),
				item('o13', 'approved', '2022-02-12')
			],
			'2022-02-10'
		);
		expect(risks.map((r) => [r.code, r.reasons])).toEqual([
			['o7', ['unassigned']],
			['o8', ['ownerArchived']],
			['o9', ['dueSoon']],
			['o10', ['dueSoon']]
		]);
	});

	it('counts a new organisation with every item unassigned and overdue', () => {
		const items = Array.from({ length: 43 }, (_, n) => ({
			...item(`o${n + 1}`, 'not_started', null),
			parts: []
		}));
		expect(atRisk(items, '2022-02-10')).toHaveLength(43);
	});
});

describe('divisionStatus', () => {
	it('counts parts per division and status', () => {
		const [d] = divisionStatus([
			item('o1', 'draft', null),
			item('o2', 'draft', null),
			item('o3', 'approved', null)
		]);
		expect(d.division).toBe('กองคลัง');
		expect(d.counts).toMatchObject({ draft: 2, approved: 1, submitted: 0 });
	});
});
