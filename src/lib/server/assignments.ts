import type { OwnerMode } from '$lib/domain/owners';
import type { ItemStatus } from '$lib/domain/status';
import type { PeriodRule } from '$lib/domain/catalog';
import type { Tx } from './db/port';

export interface PartSummary {
	id: string;
	division_id: string;
	is_lead: boolean;
	status: ItemStatus;
	version: number;
}

export interface MatrixRow {
	item_id: string;
	code: string;
	sub_indicator: string;
	group: string;
	name_th: string;
	name_en: string;
	period_rule: PeriodRule;
	elements: string[];
	assignment_id: string | null;
	owner_mode: OwnerMode | null;
	due_date: string | null;
	month_dues: Record<string, string>;
	version: number | null;
	parts: PartSummary[];
	evidence_count: number;
}

/** Every item of the cycle's checklist with its assignment, owing divisions and evidence count. */
export function matrix(tx: Tx, cycleId: string): Promise<MatrixRow[]> {
	// Each aggregate is grouped once for the whole cycle (not a subquery per row).
	return tx.query<MatrixRow & Record<string, unknown>>(
		`with cycle_assignments as (
			select a.* from public.assignments a where a.cycle_id = $1
		), owed as (
			select p.assignment_id,
				jsonb_agg(jsonb_build_object('id', p.id, 'division_id', p.division_id,
					'is_lead', p.is_lead, 'status', p.status, 'version', p.version)
					order by p.is_lead desc, d.position, d.name) as parts
			from public.parts p join cycle_assignments a on a.id = p.assignment_id
			join public.divisions d on d.id = p.division_id
			group by p.assignment_id
		), offered as (
			select p.assignment_id, count(*)::int as n
			from public.evidence ev join public.parts p on p.id = ev.part_id
			join cycle_assignments a on a.id = p.assignment_id
			where ev.deleted_at is null
			group by p.assignment_id
		), element_lists as (
			select e.item_id, array_agg(e.text_th order by e.position) as elements
			from public.catalog_elements e
			join public.catalog_items i on i.id = e.item_id
			join public.cycles c on c.catalog_id = i.catalog_id and c.id = $1
			group by e.item_id
		)
		select i.id as item_id, i.code, s.code as sub_indicator, g.name_th as "group", i.name_th,
			i.name_en, i.period_rule, coalesce(el.elements, '{}') as elements,
			a.id as assignment_id, a.owner_mode, a.due_date, coalesce(a.month_dues, '{}'::jsonb) as month_dues,
			a.version, coalesce(o.parts, '[]'::jsonb) as parts, coalesce(f.n, 0) as evidence_count
		 from public.cycles c
		 join public.catalog_items i on i.catalog_id = c.catalog_id
		 join public.catalog_groups g on g.id = i.group_id
		 join public.catalog_sub_indicators s on s.id = g.sub_indicator_id
		 left join element_lists el on el.item_id = i.id
		 left join cycle_assignments a on a.item_id = i.id
		 left join owed o on o.assignment_id = a.id
		 left join offered f on f.assignment_id = a.id
		 where c.id = $1
		 order by i.position`,
		[cycleId]
	);
}

export interface AssignInput {
	orgId: string;
	cycleId: string;
	itemId: string;
	ownerMode: OwnerMode;
	/** Named owners in order: the first is the lead division. Ignored for the pseudo-owners. */
	divisionIds: string[];
	dueDate: string;
	monthDues?: Record<string, string>;
}

export class OwnerHasEvidence extends Error {}

/**
 * Assigns (or re-assigns) an item: upserts the assignment and makes the owing parts match —
 * the named divisions, or every active top-level division (that serves the public, for
 * all_public). A part that already holds evidence is never dropped: OwnerHasEvidence.
 */
export async function assign(tx: Tx, input: AssignInput): Promise<string> {
	const [row] = await tx.query<{ id: string }>(
		`insert into public.assignments (org_id, cycle_id, item_id, owner_mode, due_date, month_dues)
		 values ($1, $2, $3, $4, $5, $6)
		 on conflict (cycle_id, item_id) do update
			set owner_mode = excluded.owner_mode, due_date = excluded.due_date, month_dues = excluded.month_dues
		 returning id`,
		[
			input.orgId,
			input.cycleId,
			input.itemId,
			input.ownerMode,
			input.dueDate,
			input.monthDues ?? {}
		]
	);
	const owners =
		input.ownerMode === 'divisions'
			? input.divisionIds
			: (
					await tx.query<{ id: string }>(
						`select id from public.divisions
						 where org_id = $1 and parent_id is null and archived_at is null
							and ($2 = 'all' or serves_public)
						 order by position`,
						[input.orgId, input.ownerMode]
					)
				).map((d) => d.id);
	const held = await tx.query(
		`select 1 from public.parts p
		 where p.assignment_id = $1 and not (p.division_id = any($2::uuid[]))
			and exists (select 1 from public.evidence e where e.part_id = p.id)`,
		[row.id, owners]
	);
	if (held.length) throw new OwnerHasEvidence();
	await tx.query(
		'delete from public.parts where assignment_id = $1 and not (division_id = any($2::uuid[]))',
		[row.id, owners]
	);
	await tx.query(
		`insert into public.parts (org_id, assignment_id, division_id, is_lead)
		 select $1, $2, d.id, $4 = 'divisions' and d.ord = 1
		 from unnest($3::uuid[]) with ordinality as d(id, ord)
		 on conflict (assignment_id, division_id) do update set is_lead = excluded.is_lead
		 where parts.is_lead is distinct from excluded.is_lead`,
		[input.orgId, row.id, owners, input.ownerMode]
	);
	return row.id;
}

/** Changes one assignment's due date; false when it changed meanwhile. */
export async function setDueDate(
	tx: Tx,
	orgId: string,
	assignmentId: string,
	version: number,
	dueDate: string
): Promise<boolean> {
	const rows = await tx.query(
		`update public.assignments set due_date = $4 where org_id = $1 and id = $2 and version = $3 returning id`,
		[orgId, assignmentId, version, dueDate]
	);
	return rows.length > 0;
}
