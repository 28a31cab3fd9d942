/**
 * Integrity measures of an organisation's fiscal year and their actions (one entity: a measure
 * is its actions). Every function runs under the caller's RLS: a write the caller may not make
 * affects no row (false) or is refused by the database (42501).
 */
import type { Tx } from './db/port';
import type { ActionStatus, Measure, MeasureAction, MeasureEvidence } from '$lib/domain/measure';

type Rows<T> = T & Record<string, unknown>;

/** The measures of a year, in order, each with its actions, their owners and evidence. */
export async function list(tx: Tx, orgId: string, year: number): Promise<Measure[]> {
	const measures = await tx.query<Rows<Omit<Measure, 'actions'>>>(
		`select id, fiscal_year, position, title, weakness, improvement, version
		 from public.measures where org_id = $1 and fiscal_year = $2
		 order by position, created_at`,
		[orgId, year]
	);
	if (!measures.length) return [];
	const ids = measures.map((m) => m.id);
	const actions = await tx.query<Rows<Omit<MeasureAction, 'evidence'>>>(
		`select a.id, a.measure_id, a.position, a.method, a.all_divisions, a.owner_label,
			a.timeframe_text, a.starts_on, a.ends_on, a.result, a.suggestion, a.status, a.version,
			coalesce((select array_agg(o.division_id order by o.division_id)
				from public.measure_action_owners o where o.action_id = a.id), '{}') as owner_ids,
			(select app.has_role(a.org_id, array['coordinator'])) or app.owns_measure_action(a.org_id, a.id)
				as can_report
		 from public.measure_actions a where a.measure_id = any($1::uuid[])
		 order by a.position, a.created_at`,
		[ids]
	);
	const evidence = await tx.query<Rows<MeasureEvidence & { action_id: string }>>(
		`select id, action_id, kind, order_no, order_date, url, title from public.measure_evidence
		 where action_id = any($1::uuid[]) order by kind, created_at, id`,
		[actions.map((a) => a.id)]
	);
	return measures.map((m) => ({
		...m,
		actions: actions
			.filter((a) => a.measure_id === m.id)
			.map((a) => ({ ...a, evidence: evidence.filter((e) => e.action_id === a.id) }))
	}));
}

export interface MeasureInput {
	title: string;
	weakness: string | null;
	improvement: string | null;
}

export async function add(tx: Tx, orgId: string, year: number, m: MeasureInput): Promise<string> {
	const [row] = await tx.query<{ id: string }>(
		`insert into public.measures (org_id, fiscal_year, position, title, weakness, improvement)
		 values ($1, $2, coalesce((select max(position) + 1 from public.measures
			where org_id = $1 and fiscal_year = $2), 0), $3, $4, $5)
		 returning id`,
		[orgId, year, m.title, m.weakness, m.improvement]
	);
	return row.id;
}

/** False when the measure changed meanwhile or is not the caller's to change. */
export async function update(
	tx: Tx,
	orgId: string,
	id: string,
	version: number,
	m: MeasureInput
): Promise<boolean> {
	const rows = await tx.query(
		`update public.measures set title = $4, weakness = $5, improvement = $6
		 where org_id = $1 and id = $2 and version = $3 returning id`,
		[orgId, id, version, m.title, m.weakness, m.improvement]
	);
	return rows.length === 1;
}

/** Deletes a measure with its actions, results and evidence. */
export async function remove(tx: Tx, orgId: string, id: string): Promise<boolean> {
	const rows = await tx.query(
		'delete from public.measures where org_id = $1 and id = $2 returning id',
		[orgId, id]
	);
	return rows.length === 1;
}

/**
 * Swaps a row with its neighbour above (-1) or below (+1) among its siblings; false at an end.
 * `table` is one of the two ordered tables, `scope` the column its siblings share.
 */
async function swap(
	tx: Tx,
	table: 'measures' | 'measure_actions',
	scope: 'fiscal_year' | 'measure_id',
	orgId: string,
	id: string,
	direction: -1 | 1
): Promise<boolean> {
	const siblings = await tx.query<{ id: string; position: number }>(
		`select s.id, s.position from public.${table} s
		 join public.${table} me on me.id = $2 and me.org_id = $1 and s.${scope} = me.${scope}
		 where s.org_id = $1 order by s.position, s.created_at`,
		[orgId, id]
	);
	const i = siblings.findIndex((s) => s.id === id);
	const other = siblings[i + direction];
	if (i < 0 || !other) return false;
	// Renumber all siblings, so rows that shared a position get distinct ones.
	const order = siblings.map((s) => s.id);
	[order[i], order[i + direction]] = [other.id, id];
	const rows = await tx.query(
		`update public.${table} t set position = o.n - 1
		 from unnest($2::uuid[]) with ordinality as o(id, n)
		 where t.org_id = $1 and t.id = o.id and t.position <> o.n - 1 returning t.id`,
		[orgId, order]
	);
	return rows.length > 0;
}

export const move = (tx: Tx, orgId: string, id: string, direction: -1 | 1) =>
	swap(tx, 'measures', 'fiscal_year', orgId, id, direction);

export const moveAction = (tx: Tx, orgId: string, id: string, direction: -1 | 1) =>
	swap(tx, 'measure_actions', 'measure_id', orgId, id, direction);

export interface ActionInput {
	method: string;
	allDivisions: boolean;
	divisionIds: string[];
	ownerLabel: string | null;
	timeframeText: string | null;
	startsOn: string | null;
	endsOn: string | null;
}

async function setOwners(tx: Tx, orgId: string, actionId: string, divisionIds: string[]) {
	await tx.query('delete from public.measure_action_owners where org_id = $1 and action_id = $2', [
		orgId,
		actionId
	]);
	await tx.query(
		`insert into public.measure_action_owners (org_id, action_id, division_id)
		 select $1, $2, d from unnest($3::uuid[]) as d`,
		[orgId, actionId, divisionIds]
	);
}

export async function addAction(
	tx: Tx,
	orgId: string,
	measureId: string,
	a: ActionInput
): Promise<string> {
	const [row] = await tx.query<{ id: string }>(
		`insert into public.measure_actions (org_id, measure_id, position, method, all_divisions,
			owner_label, timeframe_text, starts_on, ends_on)
		 values ($1, $2, coalesce((select max(position) + 1 from public.measure_actions
			where org_id = $1 and measure_id = $2), 0), $3, $4, $5, $6, $7, $8)
		 returning id`,
		[
			orgId,
			measureId,
			a.method,
			a.allDivisions,
			a.ownerLabel,
			a.timeframeText,
			a.startsOn,
			a.endsOn
		]
	);
	await setOwners(tx, orgId, row.id, a.allDivisions ? [] : a.divisionIds);
	return row.id;
}

export async function updateAction(
	tx: Tx,
	orgId: string,
	id: string,
	version: number,
	a: ActionInput
): Promise<boolean> {
	const rows = await tx.query(
		`update public.measure_actions set method = $4, all_divisions = $5, owner_label = $6,
			timeframe_text = $7, starts_on = $8, ends_on = $9
		 where org_id = $1 and id = $2 and version = $3 returning id`,
		[
			orgId,
			id,
			version,
			a.method,
			a.allDivisions,
			a.ownerLabel,
			a.timeframeText,
			a.startsOn,
			a.endsOn
		]
	);
	if (rows.length !== 1) return false;
	await setOwners(tx, orgId, id, a.allDivisions ? [] : a.divisionIds);
	return true;
}

export async function removeAction(tx: Tx, orgId: string, id: string): Promise<boolean> {
	const rows = await tx.query(
		'delete from public.measure_actions where org_id = $1 and id = $2 returning id',
		[orgId, id]
	);
	return rows.length === 1;
}

export interface Report {
	result: string | null;
	suggestion: string | null;
	status: ActionStatus;
}

/** An owning division's (or the coordinator's) report on an action. */
export async function report(
	tx: Tx,
	orgId: string,
	id: string,
	version: number,
	r: Report
): Promise<boolean> {
	const rows = await tx.query(
		`update public.measure_actions set result = $4, suggestion = $5, status = $6
		 where org_id = $1 and id = $2 and version = $3 returning id`,
		[orgId, id, version, r.result, r.suggestion, r.status]
	);
	return rows.length === 1;
}
