import type { Tx } from './db/port';
import type { CatalogItemDetail } from '$lib/domain/catalog';
import { catalogItems } from './catalogs';
import { partsOfAssignment, type PartRow } from './parts';
import { evidenceOfParts, type EvidenceRow } from './evidence';
import { commentsOfParts, type CommentRow } from './comments';
import { historyOf, type AuditRow } from './audit';

export interface CycleRef {
	id: string;
	org_id: string;
	/** The edition the round answers. */
	catalog_id: string;
	fiscal_year: number;
	oit_opens: string;
	oit_closes: string;
	internal_deadline: string;
	as_of: string | null;
	version: number;
}

export const CYCLE_REF_COLUMNS =
	'id, org_id, catalog_id, fiscal_year, oit_opens, oit_closes, internal_deadline, as_of, version';

/** The caller's cycle of a fiscal year in their organisation (RLS hides others'). */
export async function cycleOfYear(tx: Tx, orgId: string, year: number): Promise<CycleRef | null> {
	const [row] = await tx.query<CycleRef & Record<string, unknown>>(
		`select ${CYCLE_REF_COLUMNS} from public.cycles where org_id = $1 and fiscal_year = $2`,
		[orgId, year]
	);
	return row ?? null;
}

export interface ItemView {
	item: CatalogItemDetail;
	assignment: {
		id: string;
		due_date: string;
		month_dues: Record<string, string>;
		owner_mode: string;
		version: number;
	} | null;
	parts: PartRow[];
	evidence: EvidenceRow[];
	comments: CommentRow[];
	history: AuditRow[];
}

/** Everything the item page shows, read under the caller's RLS. */
export async function itemView(tx: Tx, cycle: CycleRef, code: string): Promise<ItemView | null> {
	const [item] = await catalogItems(tx, cycle.catalog_id, code);
	if (!item) return null;
	const [assignment] = await tx.query<
		NonNullable<ItemView['assignment']> & Record<string, unknown>
	>(
		`select id, due_date, month_dues, owner_mode, version from public.assignments
		 where cycle_id = $1 and item_id = $2`,
		[cycle.id, item.id]
	);
	if (!assignment)
		return { item, assignment: null, parts: [], evidence: [], comments: [], history: [] };
	const parts = await partsOfAssignment(tx, assignment.id);
	const partIds = parts.map((p) => p.id);
	const [evidence, comments] = [
		await evidenceOfParts(tx, partIds),
		await commentsOfParts(tx, partIds)
	];
	const history = await historyOf(tx, cycle.org_id, [
		assignment.id,
		...partIds,
		...evidence.map((e) => e.id),
		...comments.map((c) => c.id)
	]);
	return { item, assignment, parts, evidence, comments, history };
}
