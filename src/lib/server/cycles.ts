import type { Tx } from './db/port';

export interface CycleRow {
	id: string;
	fiscal_year: number;
	target: number;
	iit_estimate: number | null;
	eit_estimate: number | null;
	oit_opens: string;
	oit_closes: string;
	internal_deadline: string;
	version: number;
	/** The edition the round answers. */
	catalog_id: string;
	edition_status: 'official' | 'provisional' | 'custom';
	edition_items: number;
}

export function listCycles(tx: Tx, orgId: string): Promise<CycleRow[]> {
	return tx.query<CycleRow & Record<string, unknown>>(
		`select y.id, y.fiscal_year, y.target, y.iit_estimate, y.eit_estimate, y.oit_opens, y.oit_closes,
			y.internal_deadline, y.version, y.catalog_id, c.status as edition_status,
			(select count(*) from public.catalog_items i where i.catalog_id = c.id)::int as edition_items
		 from public.cycles y join public.catalogs c on c.id = y.catalog_id
		 where y.org_id = $1 order by y.fiscal_year desc`,
		[orgId]
	);
}

export interface NewCycle {
	orgId: string;
	fiscalYear: number;
	/** The edition it answers: of the same fiscal year, shipped or the organisation's own. */
	catalogId: string;
	oitOpens: string;
	oitCloses: string;
	internalDeadline: string;
	target?: number;
}

/** Opens a fiscal year's cycle (round) on one edition of that year. */
export async function openCycle(tx: Tx, input: NewCycle): Promise<string> {
	const [row] = await tx.query<{ id: string }>(
		`insert into public.cycles (org_id, catalog_id, fiscal_year, target, oit_opens, oit_closes, internal_deadline)
		 values ($1, $7, $2, $3, $4, $5, $6)
		 returning id`,
		[
			input.orgId,
			input.fiscalYear,
			input.target ?? 85,
			input.oitOpens,
			input.oitCloses,
			input.internalDeadline,
			input.catalogId
		]
	);
	return row.id;
}

export interface CycleSettings {
	target: number;
	iit: number | null;
	eit: number | null;
	oitOpens: string;
	oitCloses: string;
	internalDeadline: string;
}

/** The coordinator's settings of a cycle; false when it changed meanwhile. */
export async function updateCycleSettings(
	tx: Tx,
	cycleId: string,
	version: number,
	s: CycleSettings
): Promise<boolean> {
	const rows = await tx.query(
		`update public.cycles set target = $3, iit_estimate = $4, eit_estimate = $5, oit_opens = $6,
			oit_closes = $7, internal_deadline = $8
		 where id = $1 and version = $2 returning id`,
		[cycleId, version, s.target, s.iit, s.eit, s.oitOpens, s.oitCloses, s.internalDeadline]
	);
	return rows.length > 0;
}
