import type { Tx } from './db/port';

export interface DivisionRow {
	id: string;
	parent_id: string | null;
	name: string;
	aliases: string[];
	position: number;
	archived_at: Date | null;
	version: number;
}

export function listDivisions(tx: Tx, orgId: string): Promise<DivisionRow[]> {
	return tx.query<DivisionRow & Record<string, unknown>>(
		`select id, parent_id, name, aliases, position, archived_at, version
		 from public.divisions where org_id = $1
		 order by position, name`,
		[orgId]
	);
}

export interface DivisionInput {
	name: string;
	parentId: string | null;
	aliases: string[];
}

export async function addDivision(tx: Tx, orgId: string, input: DivisionInput): Promise<string> {
	const [row] = await tx.query<{ id: string }>(
		`insert into public.divisions (org_id, parent_id, name, aliases, position)
		 values ($1, $2, $3, $4,
			coalesce((select max(position) + 1 from public.divisions where org_id = $1), 0))
		 returning id`,
		[orgId, input.parentId, input.name, input.aliases]
	);
	return row.id;
}

/** Renames, re-nests and re-aliases a division; false when it changed meanwhile or is not visible. */
export async function updateDivision(
	tx: Tx,
	orgId: string,
	id: string,
	version: number,
	input: DivisionInput
): Promise<boolean> {
	const rows = await tx.query(
		`update public.divisions set name = $4, parent_id = $5, aliases = $6
		 where org_id = $1 and id = $2 and version = $3 returning id`,
		[orgId, id, version, input.name, input.parentId, input.aliases]
	);
	return rows.length > 0;
}

/** Archives (or restores) a division: it is never deleted, its history stays. */
export async function setArchived(
	tx: Tx,
	orgId: string,
	id: string,
	version: number,
	archived: boolean
): Promise<boolean> {
	const rows = await tx.query(
		`update public.divisions set archived_at = case when $4 then now() else null end
		 where org_id = $1 and id = $2 and version = $3 returning id`,
		[orgId, id, version, archived]
	);
	return rows.length > 0;
}

export interface DivisionWork {
	fiscal_year: number;
	code: string;
	name_th: string;
	name_en: string;
	is_lead: boolean;
}

/** The items a division owes in the organisation's rounds, newest round first, lead ones first. */
export function workOf(tx: Tx, orgId: string, id: string): Promise<DivisionWork[]> {
	return tx.query<DivisionWork & Record<string, unknown>>(
		`select c.fiscal_year, i.code, i.name_th, i.name_en, p.is_lead
		 from public.parts p
		 join public.assignments a on a.id = p.assignment_id
		 join public.cycles c on c.id = a.cycle_id
		 join public.catalog_items i on i.id = a.item_id
		 where p.org_id = $1 and p.division_id = $2
		 order by c.fiscal_year desc, p.is_lead desc, i.position`,
		[orgId, id]
	);
}
