import { describe, it, expect } from 'vitest';
import { contributorNext, coordinatorNext, firstSteps } from './home';
import type { ItemStatus } from './status';

const work = (code: string, status: ItemStatus, due: string) => ({
	part_id: code,
	status,
	code,
	due_date: due,
	review_comment: null
});

describe('contributorNext', () => {
	it('puts returned parts first, then overdue, then due this week, each once', () => {
		const next = contributorNext(
			[
				work('o1', 'draft', '2022-02-20'),
				work('o2', 'changes_requested', '2022-02-01'),
				work('o3', 'not_started', '2022-02-01'),
				work('o4', 'draft', '2022-02-17'),
				work('o5', 'submitted', '2022-02-01'),
				work('o6', 'approved', '2022-02-12'),
				work('o7', 'not_started', '2022-02-10')
			],
			'2022-02-10'
		);
		expect(next.returned.map((w) => w.code)).toEqual(['o2']);
		expect(next.overdue.map((w) => w.code)).toEqual(['o3']);
		expect(next.dueThisWeek.map((w) => w.code)).toEqual(['o4', 'o7']);
	});
});

const part = (division: string, status: ItemStatus, archived = false) => ({
	status,
	division_id: division,
	division_name: `กอง ${division}`,
	archived
});

describe('coordinatorNext', () => {
	it('lists unowned items, parts to review and divisions with overdue work', () => {
		const next = coordinatorNext(
			[
				{ code: 'o1', due_date: null, parts: [] },
				{ code: 'o2', due_date: '2022-02-01', parts: [part('a', 'draft', true)] },
				{ code: 'o3', due_date: '2022-02-01', parts: [part('a', 'draft'), part('b', 'submitted')] },
				{ code: 'o4', due_date: '2022-02-05', parts: [part('a', 'not_started')] },
				{ code: 'o5', due_date: '2022-02-05', parts: [part('b', 'approved')] },
				{ code: 'o6', due_date: '2022-03-01', parts: [part('c', 'draft')] }
			],
			'2022-02-10'
		);
		expect(next.unassigned).toEqual(['o1', 'o2']);
		expect(next.review).toEqual([{ code: 'o3', division: 'กอง b' }]);
		expect(next.overdueDivisions).toEqual([{ division_id: 'a', division: 'กอง a', count: 2 }]);
	});
});

describe('firstSteps', () => {
	it('shows the three steps until all are done', () => {
		expect(firstSteps({ divisions: 0, members: 1, assignedItems: 0 })).toEqual([
			{ step: 'divisions', done: false },
			{ step: 'people', done: false },
			{ step: 'assign', done: false }
		]);
		expect(firstSteps({ divisions: 3, members: 1, assignedItems: 0 }).map((s) => s.done)).toEqual([
			true,
			false,
			false
		]);
		expect(firstSteps({ divisions: 3, members: 4, assignedItems: 43 })).toEqual([]);
	});
});
