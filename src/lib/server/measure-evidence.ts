/** Orders and URLs that show an action of an integrity measure was done. */
import type { Tx } from './db/port';

export type EvidenceInput =
	| { kind: 'order'; orderNo: string; orderDate: string | null; title: string | null }
	| { kind: 'url'; url: string; title: string | null };

export async function add(
	tx: Tx,
	orgId: string,
	actionId: string,
	e: EvidenceInput
): Promise<string> {
	const [row] = await tx.query<{ id: string }>(
		`insert into public.measure_evidence (org_id, action_id, kind, order_no, order_date, url, title)
		 values ($1, $2, $3, $4, $5, $6, $7) returning id`,
		[
			orgId,
			actionId,
			e.kind,
			e.kind === 'order' ? e.orderNo : null,
			e.kind === 'order' ? e.orderDate : null,
			e.kind === 'url' ? e.url : null,
			e.title
		]
	);
	return row.id;
}

export async function remove(tx: Tx, orgId: string, id: string): Promise<boolean> {
	const rows = await tx.query(
		'delete from public.measure_evidence where org_id = $1 and id = $2 returning id',
		[orgId, id]
	);
	return rows.length === 1;
}
