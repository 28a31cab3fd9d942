import type { Tx } from './db/port';

export interface AuditRow {
	id: number;
	at: Date;
	actor_label: string;
	actor_name: string | null;
	table_name: string;
	record_id: string;
	op: 'INSERT' | 'UPDATE' | 'DELETE';
	old_data: Record<string, unknown> | null;
	new_data: Record<string, unknown> | null;
	/** The OIT item the change belongs to ('o12'), when it belongs to one. */
	item_code: string | null;
	/** The fiscal year of that item's round. */
	fiscal_year: number | null;
	/** The division whose part, evidence or comment changed (or the division itself). */
	division_name: string | null;
}

/**
 * Each entry with what a person needs to place it: the item code and round year, and the division.
 * Updates keep only the changed fields, so the record is found by its id (`record_id`); rows
 * since deleted leave these empty.
 */
const SELECT = `select l.id, l.at, l.actor_label, l.table_name, l.record_id, l.op, l.old_data, l.new_data,
	(select full_name from public.profiles p where p.id = l.actor) as actor_name,
	ci.code as item_code, c.fiscal_year, coalesce(dv.name, own.name) as division_name
	from public.audit_log l
	cross join lateral (select case when l.table_name in
		('assignments', 'parts', 'evidence', 'comments', 'divisions') then l.record_id::uuid end as rid) r
	left join public.evidence ev on l.table_name = 'evidence' and ev.id = r.rid
	left join public.comments cm on l.table_name = 'comments' and cm.id = r.rid
	left join public.parts pt on pt.id = case l.table_name
		when 'parts' then r.rid else coalesce(ev.part_id, cm.part_id) end
	left join public.assignments a on a.id = coalesce(pt.assignment_id,
		case when l.table_name = 'assignments' then r.rid end)
	left join public.catalog_items ci on ci.id = a.item_id
	left join public.cycles c on c.id = a.cycle_id
	left join public.divisions dv on dv.id = coalesce(ev.division_id, pt.division_id)
	left join public.divisions own on l.table_name = 'divisions' and own.id = r.rid`;

/** The history of the given records (an item's assignment, parts, evidence and comments). */
export function historyOf(tx: Tx, orgId: string, recordIds: string[]): Promise<AuditRow[]> {
	return tx.query<AuditRow & Record<string, unknown>>(
		`${SELECT} where l.org_id = $1 and l.record_id = any($2::text[]) order by l.at desc, l.id desc`,
		[orgId, recordIds]
	);
}

export interface LogFilter {
	table?: string;
	actor?: string;
	from?: string;
	to?: string;
	/** Only entries older than this id (the next page). */
	before?: number;
	limit: number;
}

/** The organisation's change log, newest first, filtered for the coordinator's log page. */
export function orgLog(tx: Tx, orgId: string, f: LogFilter): Promise<AuditRow[]> {
	return tx.query<AuditRow & Record<string, unknown>>(
		`${SELECT}
		 where l.org_id = $1
			and ($2::text is null or l.table_name = $2)
			and ($3::text is null or l.actor_label = $3)
			and ($4::date is null or l.at >= $4::date)
			and ($5::date is null or l.at < $5::date + 1)
			and ($7::bigint is null or l.id < $7)
		 order by l.id desc
		 limit $6`,
		[
			orgId,
			f.table ?? null,
			f.actor ?? null,
			f.from ?? null,
			f.to ?? null,
			f.limit,
			f.before ?? null
		]
	);
}
