import type { ItemStatus } from '$lib/domain/status';
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
}

export function partsOfAssignment(tx: Tx, assignmentId: string): Promise<PartRow[]> {
	return tx.query<PartRow & Record<string, unknown>>(
		`select p.id, p.assignment_id, p.division_id, d.name as division_name, p.is_lead, p.status,
			p.review_comment, p.submitted_at, p.reviewed_at, p.version
		 from public.parts p join public.divisions d on d.id = p.division_id
		 where p.assignment_id = $1
		 order by p.is_lead desc, d.position, d.name`,
		[assignmentId]
	);
}

/**
 * Moves a part to another status. The database checks the transition and the caller's role;
 * false means the part changed meanwhile (stale version) or is not the caller's to move.
 */
export async function movePart(
	tx: Tx,
	input: { orgId: string; partId: string; version: number; to: ItemStatus; comment?: string }
): Promise<boolean> {
	const rows = await tx.query(
		`update public.parts set status = $4,
			review_comment = case when $5::text is null then review_comment else $5::text end
		 where org_id = $1 and id = $2 and version = $3 returning id`,
		[input.orgId, input.partId, input.version, input.to, input.comment ?? null]
	);
	return rows.length > 0;
}

/** Opening work on a part: its first evidence (or a fix after a review) makes it a draft. */
export async function markDraft(tx: Tx, partId: string): Promise<void> {
	await tx.query(
		`update public.parts set status = 'draft'
		 where id = $1 and status in ('not_started', 'changes_requested')`,
		[partId]
	);
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
