/**
 * Writing a file over an organisation's own edition, in one transaction: the rounds that answer
 * it keep their assignments and evidence, since items are matched by code (`domain/edition-sync`).
 * Indicators and sub-indicators are matched by code, groups by their Thai name within their
 * sub-indicator; what the file no longer has is removed once empty. Unchanged rows are not
 * touched, so the change log shows only what the file changed.
 */
import type { CatalogDefinition } from '$lib/domain/catalog';
import { planSync, type SyncPlan } from '$lib/domain/edition-sync';
import type { Tx } from './db/port';
import { claim, InUse, setElements, type EditionRef } from './edition-edits';
import { definition } from './editions';
import { dropItem, workedIn } from './edition-remove';

/** The file is for another fiscal year than the edition (and the rounds that answer it). */
export class OtherYear extends Error {
	constructor(
		readonly edition: number,
		readonly file: number
	) {
		super(`The file is for ${file}, the edition for ${edition}`);
	}
}

export interface ReplacePlan extends SyncPlan {
	/** Removed items a round has worked on: the file cannot be applied while it drops them. */
	blocked: { code: string; fiscalYear: number }[];
}

/** What applying `def` would do (null: not an edition the caller sees). Throws OtherYear. */
export async function planReplace(
	tx: Tx,
	editionId: string,
	def: CatalogDefinition
): Promise<ReplacePlan | null> {
	const current = await definition(tx, editionId);
	if (!current) return null;
	if (current.fiscalYear !== def.fiscalYear)
		throw new OtherYear(current.fiscalYear, def.fiscalYear);
	const plan = planSync(current, def);
	const ids = await itemIds(tx, editionId);
	const blocked: ReplacePlan['blocked'] = [];
	for (const code of plan.removed) {
		const year = await workedIn(tx, ids.get(code)!.id);
		if (year !== null) blocked.push({ code, fiscalYear: year });
	}
	return { ...plan, blocked };
}

/** Applies `def` to the edition at `ref.version`: all of it or nothing (Stale, InUse, OtherYear). */
export async function replaceEdition(
	tx: Tx,
	ref: EditionRef,
	def: CatalogDefinition
): Promise<ReplacePlan | null> {
	const plan = await planReplace(tx, ref.id, def);
	if (!plan) return null;
	const [first] = plan.blocked;
	if (first) throw new InUse(first.code, first.fiscalYear);
	await claim(tx, ref);
	const ids = await itemIds(tx, ref.id);
	for (const code of plan.removed) await dropItem(tx, ids.get(code)!.id);
	await writeTree(tx, ref.id, def, ids);
	await tx.query(
		`update public.catalogs set title_th = $2, title_en = $3, source = $4, notes = $5, gaps = $6,
			scoring = $7
		 where id = $1 and (title_th, title_en, source, notes, gaps, scoring)
			is distinct from ($2, $3, $4, $5, $6::text[], $7::jsonb)`,
		[
			ref.id,
			def.titleTh,
			def.titleEn,
			def.source,
			def.notes ?? null,
			def.gaps ?? [],
			JSON.stringify(def.scoring)
		]
	);
	return plan;
}

interface ItemRow {
	id: string;
	position: number;
}

async function itemIds(tx: Tx, editionId: string): Promise<Map<string, ItemRow>> {
	const rows = await tx.query<ItemRow & { code: string } & Record<string, unknown>>(
		'select id, code, position from public.catalog_items where catalog_id = $1',
		[editionId]
	);
	return new Map(rows.map((r) => [r.code, { id: r.id, position: r.position }]));
}

/** Upserts the tree in the file's order, then removes the structure it no longer has. */
async function writeTree(
	tx: Tx,
	catalogId: string,
	def: CatalogDefinition,
	items: Map<string, ItemRow>
): Promise<void> {
	const kept = { ind: [] as string[], sub: [] as string[], group: [] as string[] };
	const groups = await tx.query<{ id: string; sub_code: string; name_th: string }>(
		`select g.id, s.code as sub_code, g.name_th from public.catalog_groups g
		 join public.catalog_sub_indicators s on s.id = g.sub_indicator_id where s.catalog_id = $1
		 order by g.position`,
		[catalogId]
	);
	// Items are ordered by position across the edition: a kept item keeps its number while the
	// order allows, so removing or changing one item does not renumber the rest.
	let position = -1;
	for (const [i, ind] of def.indicators.entries()) {
		const indId = await upsert(tx, 'catalog_indicators', [
			catalogId,
			ind.code,
			ind.nameTh,
			ind.nameEn,
			i
		]);
		kept.ind.push(indId);
		for (const [j, sub] of ind.subIndicators.entries()) {
			const subId = await upsert(
				tx,
				'catalog_sub_indicators',
				[catalogId, sub.code, sub.nameTh, sub.nameEn, j],
				indId
			);
			kept.sub.push(subId);
			for (const [k, group] of sub.groups.entries()) {
				const match = groups.find(
					(g) => g.sub_code === sub.code && g.name_th === group.nameTh && !kept.group.includes(g.id)
				);
				const groupId = match
					? await changed(
							tx,
							`update public.catalog_groups set sub_indicator_id = $2, name_en = $3, position = $4
							 where id = $1 and (sub_indicator_id, name_en, position) is distinct from ($2, $3, $4)`,
							[match.id, subId, group.nameEn, k],
							match.id
						)
					: await insertId(
							tx,
							`insert into public.catalog_groups (sub_indicator_id, name_th, name_en, position)
							 values ($1, $2, $3, $4) returning id`,
							[subId, group.nameTh, group.nameEn, k]
						);
				kept.group.push(groupId);
				for (const item of group.items) {
					const old = items.get(item.code);
					position = old && old.position > position ? old.position : position + 1;
					const values = [
						catalogId,
						groupId,
						item.code,
						position,
						item.nameTh,
						item.nameEn,
						item.periodRule,
						item.allowsNothingToReport,
						item.nothingToReportHow ?? null,
						item.noteTh ?? null
					];
					const id = old?.id;
					const itemId = id
						? await changed(
								tx,
								`update public.catalog_items set group_id = $2, position = $4, name_th = $5, name_en = $6,
									period_rule = $7, allows_nothing_to_report = $8, nothing_to_report_how = $9, note_th = $10
								 where id = $11 and catalog_id = $1 and code = $3
									and (group_id, position, name_th, name_en, period_rule, allows_nothing_to_report,
										nothing_to_report_how, note_th)
									is distinct from ($2, $4, $5, $6, $7, $8, $9, $10)`,
								[...values, id],
								id
							)
						: await insertId(
								tx,
								`insert into public.catalog_items (catalog_id, group_id, code, position, name_th, name_en,
									period_rule, allows_nothing_to_report, nothing_to_report_how, note_th)
								 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
								values
							);
					await setElements(tx, itemId, item.elements);
				}
			}
		}
	}
	await tx.query(
		`delete from public.catalog_groups g using public.catalog_sub_indicators s
		 where s.id = g.sub_indicator_id and s.catalog_id = $1 and g.id <> all ($2::uuid[])`,
		[catalogId, kept.group]
	);
	await tx.query(
		'delete from public.catalog_sub_indicators where catalog_id = $1 and id <> all ($2::uuid[])',
		[catalogId, kept.sub]
	);
	await tx.query(
		'delete from public.catalog_indicators where catalog_id = $1 and id <> all ($2::uuid[])',
		[catalogId, kept.ind]
	);
}

/**
 * The indicator or sub-indicator with this code, its names and position updated where they differ
 * (a sub-indicator also its indicator), or inserted; its id either way.
 */
async function upsert(
	tx: Tx,
	table: 'catalog_indicators' | 'catalog_sub_indicators',
	values: [catalogId: string, code: string, nameTh: string, nameEn: string, position: number],
	indicatorId?: string
): Promise<string> {
	const sub = table === 'catalog_sub_indicators';
	const columns = sub ? 'name_th, name_en, position, indicator_id' : 'name_th, name_en, position';
	const params = sub ? '$3, $4, $5, $6::uuid' : '$3, $4, $5';
	const all = sub ? [...values, indicatorId] : values;
	const [row] = await tx.query<{ id: string }>(
		`update public.${table} set (${columns}) = (${params}) where catalog_id = $1 and code = $2
		 and (${columns}) is distinct from (${params}) returning id`,
		all
	);
	if (row) return row.id;
	const [same] = await tx.query<{ id: string }>(
		`select id from public.${table} where catalog_id = $1 and code = $2`,
		values.slice(0, 2)
	);
	if (same) return same.id;
	return insertId(
		tx,
		`insert into public.${table} (catalog_id, code, ${columns}) values ($1, $2, ${params}) returning id`,
		all
	);
}

async function insertId(tx: Tx, sql: string, values: unknown[]): Promise<string> {
	const [{ id }] = await tx.query<{ id: string }>(sql, values);
	return id;
}

async function changed(tx: Tx, sql: string, values: unknown[], id: string): Promise<string> {
	await tx.query(sql, values);
	return id;
}
