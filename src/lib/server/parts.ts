import type { ItemStatus, StatusAction } from '$lib/domain/status';
import type { Tx } from './db/port';

export interface PartRow {
	id: string;
	assignment_id: string;
	division_id: string;
	division_name: string;
	is_lead: boolean;
	status: ItemStatus;
	review_comment: string | null;
	submitted_at: Date | null;
	reviewed_at: Date | null;
	version: number;
	/** What the reader may do to the part now, as the database decides (app.part_actions). */
	actions: StatusAction[];
	/** The reader may add or change the part's evidence now (app.can_edit_part). */
	can_edit: boolean;
	/** The reader is the coordinator or works in the part's division (app.works_on). */
	works_on: boolean;
}

export function partsOfAssignment(tx: Tx, assignmentId: string): Promise<PartRow[]> {
	return tx.query<PartRow & Record<string, unknown>>(
		`select p.id, p.assignment_id, p.division_id, d.name as division_name, p.is_lead, p.status,
			p.review_comment, p.submitted_at, p.reviewed_at, p.version,
			app.part_actions(p.org_id, p.id) as actions, app.can_edit_part(p.org_id, p.id) as can_edit,
			app.works_on(p.org_id, p.division_id) as works_on
		 from public.parts p join public.divisions d on d.id = p.division_id
		 where p.assignment_id = $1
		 order by p.is_lead desc, d.position, d.name`,
		[assignmentId]
	);
}

/**
 * Takes a status action on a part (app.move_part). The database looks the move up and checks the
 * caller's role; false means the part changed meanwhile (stale version) or the action does not
 * apply to its status.
 */
export async function movePart(
	tx: Tx,
	input: { orgId: string; partId: string; version: number; action: StatusAction; comment?: string }
): Promise<boolean> {
	const [row] = await tx.query<{ moved: boolean }>(
		'select app.move_part($1, $2, $3, $4, $5) as moved',
		[input.orgId, input.partId, input.version, input.action, input.comment ?? null]
	);
	return row.moved;
}

/** Evidence changed: a part not started or returned becomes a draft (app.start_part). */
export async function startPart(tx: Tx, partId: string): Promise<void> {
	await tx.query('select app.start_part($1)', [partId]);
}

export interface WorkRow {
	part_id: string;
	status: ItemStatus;
	division_name: string;
	code: string;
	name_th: string;
	name_en: string;
	due_date: string;
	fiscal_year: number;
	review_comment: string | null;
	evidence_count: number;
	as_of: string | null;
}

const WORK_SELECT = `select p.id as part_id, p.status, d.name as division_name, i.code, i.name_th, i.name_en,
		a.due_date, c.fiscal_year, c.as_of, p.review_comment,
		(select count(*) from public.evidence e where e.part_id = p.id and e.deleted_at is null)::int as evidence_count
	 from public.parts p
	 join public.assignments a on a.id = p.assignment_id
	 join public.cycles c on c.id = a.cycle_id
	 join public.catalog_items i on i.id = a.item_id
	 join public.divisions d on d.id = p.division_id`;

/** The parts a contributor's divisions owe, soonest due first. */
export function workOfDivisions(tx: Tx, orgId: string, divisionIds: string[]): Promise<WorkRow[]> {
	return tx.query<WorkRow & Record<string, unknown>>(
		`${WORK_SELECT}
		 where p.org_id = $1 and p.division_id = any($2::uuid[])
		 order by a.due_date, i.position, d.name`,
		[orgId, divisionIds]
	);
}

/** Submitted parts waiting for the coordinator, oldest submission first. */
export function reviewQueue(
	tx: Tx,
	cycleId: string
): Promise<(WorkRow & { submitted_at: Date })[]> {
	return tx.query<WorkRow & { submitted_at: Date } & Record<string, unknown>>(
		`${WORK_SELECT.replace('p.review_comment,', 'p.review_comment, p.submitted_at,')}
		 where c.id = $1 and p.status = 'submitted'
		 order by p.submitted_at, i.position`,
		[cycleId]
	);
}
