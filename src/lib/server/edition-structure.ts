/**
 * The tree of an organisation's own edition with its row ids (for the edit page), and the verbs
 * that add or rename its sub-indicators and groups. Every verb claims the edition's version first.
 */
import type { CatalogItemDetail } from '$lib/domain/catalog';
import type { Tx } from './db/port';
import { catalogItems } from './catalogs';
import { claim, type EditionRef } from './edition-edits';

export interface GroupRow {
	id: string;
	name_th: string;
	name_en: string;
	sub_id: string;
	sub_code: string;
	sub_name_th: string;
	sub_name_en: string;
	indicator_id: string;
	indicator_code: string;
	indicator_name_th: string;
}

export interface EditItem extends CatalogItemDetail {
	group_id: string;
}

/** Every group (with its sub-indicator and indicator) and every item with its group id, in order. */
export async function editTree(
	tx: Tx,
	editionId: string
): Promise<{ groups: GroupRow[]; items: EditItem[] }> {
	const [groups, items, ids] = await Promise.all([
		tx.query<GroupRow & Record<string, unknown>>(
			`select g.id, g.name_th, g.name_en, s.id as sub_id, s.code as sub_code, s.name_th as sub_name_th,
				s.name_en as sub_name_en, ind.id as indicator_id, ind.code as indicator_code,
				ind.name_th as indicator_name_th
			 from public.catalog_groups g
			 join public.catalog_sub_indicators s on s.id = g.sub_indicator_id
			 join public.catalog_indicators ind on ind.id = s.indicator_id
			 where s.catalog_id = $1 order by ind.position, s.position, g.position`,
			[editionId]
		),
		catalogItems(tx, editionId),
		tx.query<{ id: string; group_id: string }>(
			'select id, group_id from public.catalog_items where catalog_id = $1',
			[editionId]
		)
	]);
	const groupOf = new Map(ids.map((r) => [r.id, r.group_id]));
	return { groups, items: items.map((i) => ({ ...i, group_id: groupOf.get(i.id)! })) };
}

export interface Names {
	nameTh: string;
	nameEn: string;
}

/** Adds a group at the end of a sub-indicator of the edition; false when the sub-indicator is not its. */
export async function addGroup(tx: Tx, ref: EditionRef, subId: string, n: Names): Promise<boolean> {
	await claim(tx, ref);
	const rows = await tx.query(
		`insert into public.catalog_groups (sub_indicator_id, name_th, name_en, position)
		 select s.id, $3, $4, coalesce((select max(position) + 1 from public.catalog_groups where sub_indicator_id = s.id), 0)
		 from public.catalog_sub_indicators s where s.id = $2 and s.catalog_id = $1 returning id`,
		[ref.id, subId, n.nameTh, n.nameEn]
	);
	return rows.length > 0;
}

export async function renameGroup(
	tx: Tx,
	ref: EditionRef,
	groupId: string,
	n: Names
): Promise<boolean> {
	await claim(tx, ref);
	const rows = await tx.query(
		`update public.catalog_groups g set name_th = $3, name_en = $4
		 from public.catalog_sub_indicators s
		 where g.id = $2 and s.id = g.sub_indicator_id and s.catalog_id = $1 returning g.id`,
		[ref.id, groupId, n.nameTh, n.nameEn]
	);
	return rows.length > 0;
}

/** Adds a sub-indicator (with its first group) at the end of an indicator of the edition. */
export async function addSub(
	tx: Tx,
	ref: EditionRef,
	indicatorId: string,
	sub: Names & { code: string },
	group: Names
): Promise<boolean> {
	await claim(tx, ref);
	const [row] = await tx.query<{ id: string }>(
		`insert into public.catalog_sub_indicators (catalog_id, indicator_id, code, name_th, name_en, position)
		 select $1, ind.id, $3, $4, $5,
			coalesce((select max(position) + 1 from public.catalog_sub_indicators where indicator_id = ind.id), 0)
		 from public.catalog_indicators ind where ind.id = $2 and ind.catalog_id = $1 returning id`,
		[ref.id, indicatorId, sub.code, sub.nameTh, sub.nameEn]
	);
	if (!row) return false;
	await tx.query(
		`insert into public.catalog_groups (sub_indicator_id, name_th, name_en, position) values ($1, $2, $3, 0)`,
		[row.id, group.nameTh, group.nameEn]
	);
	return true;
}

export async function renameSub(
	tx: Tx,
	ref: EditionRef,
	subId: string,
	sub: Names & { code: string }
): Promise<boolean> {
	await claim(tx, ref);
	const rows = await tx.query(
		`update public.catalog_sub_indicators set code = $3, name_th = $4, name_en = $5
		 where id = $2 and catalog_id = $1 returning id`,
		[ref.id, subId, sub.code, sub.nameTh, sub.nameEn]
	);
	return rows.length > 0;
}
