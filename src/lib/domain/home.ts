import { addDays, type IsoDate } from './fiscal';
import type { ItemStatus } from './status';
import { DUE_SOON_DAYS, needsOwner } from './dashboard';

/** One part a contributor's division owes (the fields the home page needs). */
export interface WorkLike {
	part_id: string;
	status: ItemStatus;
	code: string;
	due_date: IsoDate;
	review_comment: string | null;
}

/**
 * What a contributor does next, most urgent first, each part in one list only: parts sent
 * back for changes, then overdue ones, then those due within the week. Submitted and
 * approved parts wait on someone else.
 */
export function contributorNext<W extends WorkLike>(work: W[], today: IsoDate) {
	const soon = addDays(today, DUE_SOON_DAYS);
	const open = work.filter((w) => w.status !== 'submitted' && w.status !== 'approved');
	const returned = open.filter((w) => w.status === 'changes_requested');
	const rest = open.filter((w) => w.status !== 'changes_requested');
	return {
		returned,
		overdue: rest.filter((w) => w.due_date < today),
		dueThisWeek: rest.filter((w) => w.due_date >= today && w.due_date <= soon)
	};
}

/** An item of the round as the coordinator's home reads it. */
export interface ItemLike {
	code: string;
	due_date: IsoDate | null;
	parts: { status: ItemStatus; division_id: string; division_name: string; archived?: boolean }[];
}

export interface DivisionOverdue {
	division_id: string;
	division: string;
	count: number;
}

/**
 * What a coordinator does next: items no live division owns (never assigned, or whose
 * divisions were archived), parts waiting for review, and divisions with overdue parts.
 */
export function coordinatorNext(items: ItemLike[], today: IsoDate) {
	const unassigned = items.filter((i) => needsOwner(i.parts)).map((i) => i.code);
	const review = items.flatMap((i) =>
		i.parts
			.filter((p) => p.status === 'submitted')
			.map((p) => ({ code: i.code, division: p.division_name }))
	);
	const overdue = new Map<string, DivisionOverdue>();
	for (const i of items) {
		if (!i.due_date || i.due_date >= today) continue;
		for (const p of i.parts) {
			if (p.archived || p.status === 'approved' || p.status === 'submitted') continue;
			const entry = overdue.get(p.division_id) ?? {
				division_id: p.division_id,
				division: p.division_name,
				count: 0
			};
			entry.count++;
			overdue.set(p.division_id, entry);
		}
	}
	const overdueDivisions = [...overdue.values()].sort((a, b) => b.count - a.count);
	return { unassigned, review, overdueDivisions };
}

export type FirstStep = 'divisions' | 'people' | 'assign';

/**
 * The first steps of a new organisation, in order: add divisions, invite people, assign the
 * items. Each is done once something exists; the list is empty when all three are done.
 */
export function firstSteps(facts: {
	divisions: number;
	members: number;
	assignedItems: number;
}): { step: FirstStep; done: boolean }[] {
	const steps: { step: FirstStep; done: boolean }[] = [
		{ step: 'divisions', done: facts.divisions > 0 },
		{ step: 'people', done: facts.members > 1 },
		{ step: 'assign', done: facts.assignedItems > 0 }
	];
	return steps.every((s) => s.done) ? [] : steps;
}
