/**
 * Changing an organisation's own (custom) edition, one verb per change. Every verb first claims
 * the edition at the version the form was based on (the claim bumps `catalogs.version`), so two
 * coordinators never silently overwrite each other: a stale claim throws `Stale`. RLS decides who
 * may write (the edition's coordinators); the audit triggers record every changed row.
 */
import type { PeriodRule } from '$lib/domain/period-rule';
import type { Tx } from './db/port';

export class Stale extends Error {
	constructor() {
		super('The edition changed since the form was opened');
	}
}

/** Removing an item a round has work on: the round's fiscal year says which. */
export class InUse extends Error {
	constructor(
		readonly code: string,
		readonly fiscalYear: number
	) {
		super(`Item ${code} has evidence in the round of ${fiscalYear}`);
	}
}

export interface EditionRef {
	id: string;
	version: number;
}

/** Takes the edition at `version` (bumping it); Stale when someone changed it first or it is not writable. */
export async function claim(tx: Tx, ref: EditionRef): Promise<number> {
	const [row] = await tx.query<{ version: number }>(
		`update public.catalogs set title_th = title_th
		 where id = $1 and version = $2 and org_id is not null returning version`,
		[ref.id, ref.version]
	);
	if (!row) throw new Stale();
	return row.version;
}

export interface HeadInput {
	titleTh: string;
	titleEn: string;
	source: string;
	notes: string | null;
}

export async function updateHead(tx: Tx, ref: EditionRef, input: HeadInput): Promise<void> {
	await claim(tx, ref);
	await tx.query(
		'update public.catalogs set title_th = $2, title_en = $3, source = $4, notes = $5 where id = $1',
		[ref.id, input.titleTh, input.titleEn, input.source, input.notes]
	);
}

export interface ItemInput {
	code: string;
	groupId: string;
	nameTh: string;
	nameEn: string;
	periodRule: PeriodRule;
	allowsNothingToReport: boolean;
	nothingToReportHow: string | null;
	noteTh: string | null;
	elements: string[];
}

/** The group belongs to this edition (a form could name any id). */
async function ownGroup(tx: Tx, editionId: string, groupId: string): Promise<boolean> {
	const rows = await tx.query(
		`select 1 from public.catalog_groups g join public.catalog_sub_indicators s on s.id = g.sub_indicator_id
		 where g.id = $2 and s.catalog_id = $1`,
		[editionId, groupId]
	);
	return rows.length > 0;
}

/** Adds an item at the end of its group; returns its id (null: the group is not the edition's). */
export async function addItem(tx: Tx, ref: EditionRef, input: ItemInput): Promise<string | null> {
	await claim(tx, ref);
	if (!(await ownGroup(tx, ref.id, input.groupId))) return null;
	const [{ id }] = await tx.query<{ id: string }>(
		`insert into public.catalog_items (catalog_id, group_id, code, position, name_th, name_en, period_rule,
			allows_nothing_to_report, nothing_to_report_how, note_th)
		 values ($1, $2, $3, (select coalesce(max(position), -1) + 1 from public.catalog_items where catalog_id = $1),
			$4, $5, $6, $7, $8, $9) returning id`,
		[
			ref.id,
			input.groupId,
			input.code,
			input.nameTh,
			input.nameEn,
			input.periodRule,
			input.allowsNothingToReport,
			input.nothingToReportHow,
			input.noteTh
		]
	);
	await setElements(tx, id, input.elements);
	return id;
}

/** Changes an item; false when it is not an item of the edition. */
export async function updateItem(
	tx: Tx,
	ref: EditionRef,
	itemId: string,
	input: ItemInput
): Promise<boolean> {
	await claim(tx, ref);
	if (!(await ownGroup(tx, ref.id, input.groupId))) return false;
	const rows = await tx.query(
		`update public.catalog_items set code = $3, name_th = $4, name_en = $5, period_rule = $6,
			allows_nothing_to_report = $7, nothing_to_report_how = $8, note_th = $9,
			group_id = $10,
			position = case when group_id = $10 then position
				else (select coalesce(max(position), -1) + 1 from public.catalog_items where catalog_id = $1) end
		 where id = $2 and catalog_id = $1 returning id`,
		[
			ref.id,
			itemId,
			input.code,
			input.nameTh,
			input.nameEn,
			input.periodRule,
			input.allowsNothingToReport,
			input.nothingToReportHow,
			input.noteTh,
			input.groupId
		]
	);
	if (!rows.length) return false;
	await setElements(tx, itemId, input.elements);
	return true;
}

/** Rewrites an item's elements touching only the rows that change (the log shows just those). */
export async function setElements(tx: Tx, itemId: string, elements: string[]): Promise<void> {
	await tx.query('delete from public.catalog_elements where item_id = $1 and position >= $2', [
		itemId,
		elements.length
	]);
	await tx.query(
		`update public.catalog_elements e set text_th = n.txt
		 from unnest($2::text[]) with ordinality as n(txt, ord)
		 where e.item_id = $1 and e.position = n.ord - 1 and e.text_th is distinct from n.txt`,
		[itemId, elements]
	);
	await tx.query(
		`insert into public.catalog_elements (item_id, position, text_th)
		 select $1, n.ord - 1, n.txt from unnest($2::text[]) with ordinality as n(txt, ord)
		 where not exists (select 1 from public.catalog_elements e where e.item_id = $1 and e.position = n.ord - 1)`,
		[itemId, elements]
	);
}
