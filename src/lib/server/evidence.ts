import type { Tx } from './db/port';
import type { LinkCheck } from '$lib/domain/link-verdict';
import { LINK_CHECK_COLUMNS } from './link-check-columns';

export interface EvidenceInput {
	kind: 'url' | 'nothing_to_report';
	url: string | null;
	title: string | null;
	note: string | null;
	periodMonth: string | null;
	coversFrom: string | null;
	coversTo: string | null;
	elementPositions: number[];
}

export interface EvidenceRow {
	id: string;
	part_id: string;
	division_id: string;
	kind: 'url' | 'nothing_to_report';
	url: string | null;
	title: string | null;
	note: string | null;
	period_month: string | null;
	covers_from: string | null;
	covers_to: string | null;
	element_positions: number[];
	/** The evidence of last year's round this one was copied from by a rollover. */
	carried_from: string | null;
	deleted_at: Date | null;
	created_at: Date;
	created_by_name: string | null;
	version: number;
	/** The newest check of the current URL, and whether a coordinator accepted it off-domain. */
	link_check: LinkCheck | null;
	accepted: boolean;
}

const COLUMNS = `e.id, e.part_id, e.division_id, e.kind, e.url, e.title, e.note, e.period_month,
	e.covers_from, e.covers_to, e.element_positions, e.carried_from, e.deleted_at, e.created_at, e.version,
	(select full_name from public.profiles pr where pr.id = e.created_by) as created_by_name,
	${LINK_CHECK_COLUMNS}`;

/** Evidence of the given parts, the removed ones included (pages decide what to show). */
export function evidenceOfParts(tx: Tx, partIds: string[]): Promise<EvidenceRow[]> {
	return tx.query<EvidenceRow & Record<string, unknown>>(
		`select ${COLUMNS} from public.evidence e where e.part_id = any($1::uuid[])
		 order by e.period_month nulls first, e.created_at`,
		[partIds]
	);
}

export async function getEvidence(tx: Tx, id: string): Promise<EvidenceRow | null> {
	const [row] = await tx.query<EvidenceRow & Record<string, unknown>>(
		`select ${COLUMNS} from public.evidence e where e.id = $1`,
		[id]
	);
	return row ?? null;
}

/**
 * Adds evidence to a part. `clientKey` comes from the form: a double submit of the same form
 * finds the key taken and adds nothing (returns null).
 */
export async function addEvidence(
	tx: Tx,
	orgId: string,
	partId: string,
	clientKey: string,
	e: EvidenceInput
): Promise<string | null> {
	const rows = await tx.query<{ id: string }>(
		`insert into public.evidence (org_id, part_id, client_key, kind, url, title, note, period_month,
			covers_from, covers_to, element_positions)
		 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
		 on conflict (client_key) do nothing returning id`,
		[orgId, partId, clientKey, ...values(e)]
	);
	return rows[0]?.id ?? null;
}

/** Saves a change based on `version`; false when someone else changed it first (or no access). */
export async function updateEvidence(
	tx: Tx,
	orgId: string,
	id: string,
	version: number,
	e: EvidenceInput
): Promise<boolean> {
	const rows = await tx.query(
		`update public.evidence set kind = $4, url = $5, title = $6, note = $7, period_month = $8,
			covers_from = $9, covers_to = $10, element_positions = $11
		 where org_id = $1 and id = $2 and version = $3 returning id`,
		[orgId, id, version, ...values(e)]
	);
	return rows.length > 0;
}

/** Soft delete and restore: the row and its history stay. */
export async function setEvidenceDeleted(
	tx: Tx,
	orgId: string,
	id: string,
	version: number,
	deleted: boolean
): Promise<boolean> {
	const rows = await tx.query(
		`update public.evidence set deleted_at = case when $4 then now() else null end
		 where org_id = $1 and id = $2 and version = $3 returning id`,
		[orgId, id, version, deleted]
	);
	return rows.length > 0;
}

function values(e: EvidenceInput) {
	return [
		e.kind,
		e.url,
		e.title,
		e.note,
		e.periodMonth,
		e.coversFrom,
		e.coversTo,
		e.elementPositions
	];
}
