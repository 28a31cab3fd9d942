import type { Tx } from './db/port';
import type { PlanCard } from '$lib/domain/plan-cards';
import type { PlanKind, PlanTable, StatedTotal } from '$lib/domain/plan-table';
import { matchOwners, type OwnerDivision } from '$lib/domain/plan-owners';

export interface PlanSummary {
	id: string;
	title: string;
	first_year: number;
	last_year: number;
	items: number;
}

export function listPlans(tx: Tx, orgId: string): Promise<PlanSummary[]> {
	return tx.query<PlanSummary & Record<string, unknown>>(
		`select p.id, p.title, p.first_year, p.last_year,
			(select count(*)::int from public.plan_items i where i.plan_id = p.id) as items
		 from public.action_plans p where p.org_id = $1 order by p.first_year desc, p.created_at`,
		[orgId]
	);
}

export async function getPlan(tx: Tx, orgId: string, id: string) {
	const [plan] = await tx.query<
		Omit<PlanSummary, 'items'> & { version: number; stated_totals: StatedTotal[] }
	>(
		`select id, title, first_year, last_year, stated_totals, version
		 from public.action_plans where org_id = $1 and id = $2`,
		[orgId, id]
	);
	return plan ?? null;
}

export interface PlanItem {
	id: string;
	position: number;
	number: number;
	dimension: number;
	mission: string;
	sub_mission: string | null;
	kind: PlanKind;
	title: string;
	owner_label: string | null;
	owner_division_ids: string[];
	budgets: Record<string, { amount: number | null; unbudgeted: boolean }>;
}

export function listPlanItems(tx: Tx, orgId: string, planId: string): Promise<PlanItem[]> {
	return tx.query<PlanItem & Record<string, unknown>>(
		`select i.id, i.position, i.number, i.dimension, i.mission, i.sub_mission, i.kind, i.title,
			i.owner_label, i.owner_division_ids,
			coalesce((select jsonb_object_agg(b.fiscal_year::text,
				jsonb_build_object('amount', b.amount, 'unbudgeted', b.unbudgeted))
				from public.plan_budgets b where b.item_id = i.id), '{}'::jsonb) as budgets
		 from public.plan_items i where i.org_id = $1 and i.plan_id = $2 order by i.position`,
		[orgId, planId]
	);
}

export interface PlanItemDetail extends PlanItem {
	plan_id: string;
	rationale: string | null;
	objectives: string | null;
	target_group: string | null;
	target_count: number | null;
	method: string | null;
	period: string | null;
	outputs: string | null;
	version: number;
}

export async function getPlanItem(
	tx: Tx,
	orgId: string,
	id: string
): Promise<PlanItemDetail | null> {
	const [row] = await tx.query<PlanItemDetail & Record<string, unknown>>(
		`select i.*, coalesce((select jsonb_object_agg(b.fiscal_year::text,
				jsonb_build_object('amount', b.amount, 'unbudgeted', b.unbudgeted))
				from public.plan_budgets b where b.item_id = i.id), '{}'::jsonb) as budgets
		 from public.plan_items i where i.org_id = $1 and i.id = $2`,
		[orgId, id]
	);
	return row ?? null;
}

export interface NewPlan {
	title: string;
	table: PlanTable;
	cards?: PlanCard[];
	divisions: OwnerDivision[];
}

/**
 * Writes a parsed plan in the caller's transaction: the plan, its items in the document's order,
 * their budgets and detail cards (matched by position, since plans repeat numbers), owners matched
 * to divisions. The caller refuses a table with errors before calling.
 */
export async function createPlan(tx: Tx, orgId: string, input: NewPlan): Promise<string> {
	const { table } = input;
	const [plan] = await tx.query<{ id: string }>(
		`insert into public.action_plans (org_id, title, first_year, last_year, stated_totals)
		 values ($1, $2, $3, $4, $5) returning id`,
		[
			orgId,
			input.title,
			Math.min(...table.years),
			Math.max(...table.years),
			JSON.stringify(table.stated)
		]
	);
	const cards = new Map((input.cards ?? []).map((c, i) => [i + 1, c]));
	let position = 0;
	for (const row of table.items) {
		position++;
		const card = cards.get(row.number);
		const guessed = !row.title || /^[0-9]+\.[0-9]+\.[0-9]+/.test(row.title);
		const title = guessed && card?.title ? card.title : row.title;
		const owners = row.owner || card?.owner || '';
		const [item] = await tx.query<{ id: string }>(
			`insert into public.plan_items (org_id, plan_id, position, number, dimension, mission,
				sub_mission, kind, title, owner_label, owner_division_ids, rationale, objectives,
				target_group, target_count, method, period, outputs)
			 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
			 returning id`,
			[
				orgId,
				plan.id,
				position,
				row.number,
				row.dimension,
				row.mission,
				row.subMission,
				row.kind,
				title,
				owners || null,
				matchOwners(owners, input.divisions),
				card?.rationale || null,
				card?.objectives || null,
				card?.targetGroup || null,
				card?.targetCount ?? null,
				card?.method || null,
				card?.period || null,
				card?.outputs || null
			]
		);
		const years = Object.entries(row.budgets);
		if (years.length) {
			await tx.query(
				`insert into public.plan_budgets (org_id, item_id, fiscal_year, amount, unbudgeted)
				 select $1, $2, y, a, u from unnest($3::int[], $4::numeric[], $5::boolean[]) as t(y, a, u)`,
				[
					orgId,
					item.id,
					years.map(([y]) => Number(y)),
					years.map(([, b]) => b.amount),
					years.map(([, b]) => b.unbudgeted)
				]
			);
		}
	}
	return plan.id;
}

/** Removes a plan that has no progress yet; progress keeps its items (foreign key refuses). */
export async function deletePlan(tx: Tx, orgId: string, id: string): Promise<boolean> {
	const rows = await tx.query(
		'delete from public.action_plans where org_id = $1 and id = $2 returning id',
		[orgId, id]
	);
	return rows.length > 0;
}

/** The organisation's plan covering a fiscal year (the latest, if several do). */
export async function planForYear(tx: Tx, orgId: string, year: number): Promise<string | null> {
	const [row] = await tx.query<{ id: string }>(
		`select id from public.action_plans where org_id = $1 and $2 between first_year and last_year
		 order by first_year desc, created_at desc limit 1`,
		[orgId, year]
	);
	return row?.id ?? null;
}

/** The coordinator names the item's owner divisions; false when it changed meanwhile. */
export async function setOwners(
	tx: Tx,
	orgId: string,
	itemId: string,
	version: number,
	divisionIds: string[]
): Promise<boolean> {
	const rows = await tx.query(
		`update public.plan_items set owner_division_ids = $4
		 where org_id = $1 and id = $2 and version = $3 returning id`,
		[orgId, itemId, version, [...new Set(divisionIds)]]
	);
	return rows.length > 0;
}
