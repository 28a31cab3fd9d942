/**
 * Removing and renumbering items of an organisation's own edition. An item a round has worked on
 * (evidence, even withdrawn, or comments) is never removed: `InUse` names the round. An item that
 * is only assigned, with nothing submitted, takes its empty assignment with it (audited).
 */
import type { Tx } from './db/port';
import { claim, InUse, type EditionRef } from './edition-edits';

export async function removeItem(tx: Tx, ref: EditionRef, itemId: string): Promise<boolean> {
	const [item] = await tx.query<{ code: string }>(
		'select code from public.catalog_items where id = $1 and catalog_id = $2',
		[itemId, ref.id]
	);
	if (!item) return false;
	const year = await workedIn(tx, itemId);
	if (year !== null) throw new InUse(item.code, year);
	await claim(tx, ref);
	return dropItem(tx, itemId);
}

/** The fiscal year of the first round with work on the item (evidence, even withdrawn, or comments). */
export async function workedIn(tx: Tx, itemId: string): Promise<number | null> {
	const [row] = await tx.query<{ fiscal_year: number }>(
		`select y.fiscal_year from public.assignments a join public.cycles y on y.id = a.cycle_id
		 where a.item_id = $1 and exists (select 1 from public.parts p where p.assignment_id = a.id and (
			exists (select 1 from public.evidence e where e.part_id = p.id)
			or exists (select 1 from public.comments c where c.part_id = p.id)))
		 order by y.fiscal_year limit 1`,
		[itemId]
	);
	return row?.fiscal_year ?? null;
}

/** Deletes an item nobody worked on, with its empty assignments and its elements. */
export async function dropItem(tx: Tx, itemId: string): Promise<boolean> {
	await tx.query(
		'delete from public.parts where assignment_id in (select id from public.assignments where item_id = $1)',
		[itemId]
	);
	await tx.query('delete from public.assignments where item_id = $1', [itemId]);
	await tx.query('delete from public.catalog_elements where item_id = $1', [itemId]);
	const gone = await tx.query('delete from public.catalog_items where id = $1 returning id', [
		itemId
	]);
	return gone.length > 0;
}

/**
 * Numbers the items o1, o2, … in the order the edition shows them. Two steps (codes past the
 * highest first) because the codes are unique at every row, not at the end of the statement.
 */
export async function renumber(tx: Tx, ref: EditionRef): Promise<number> {
	await claim(tx, ref);
	const order = `select i.id, row_number() over (order by ind.position, s.position, g.position, i.position) as n
		from public.catalog_items i
		join public.catalog_groups g on g.id = i.group_id
		join public.catalog_sub_indicators s on s.id = g.sub_indicator_id
		join public.catalog_indicators ind on ind.id = s.indicator_id
		where i.catalog_id = $1`;
	const [{ top }] = await tx.query<{ top: number }>(
		`select coalesce(max(substr(code, 2)::int), 0)::int as top from public.catalog_items where catalog_id = $1`,
		[ref.id]
	);
	await tx.query(
		`update public.catalog_items i set code = 'o' || ($2::int + o.n) from (${order}) o where o.id = i.id`,
		[ref.id, top]
	);
	const rows = await tx.query(
		`update public.catalog_items i set code = 'o' || o.n from (${order}) o where o.id = i.id returning i.id`,
		[ref.id]
	);
	return rows.length;
}
