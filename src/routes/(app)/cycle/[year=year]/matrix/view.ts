/**
 * What the matrix page shows of each item, and its GET filters (sub-indicator, division, status,
 * overdue). Pure, so the filters are tested without a server; `today` is the Bangkok calendar day.
 */
import { itemStatusOf } from '$lib/domain/item-status';
import { STATUSES, type ItemStatus } from '$lib/domain/status';
import type { OwnerMode } from '$lib/domain/owners';
import type { PeriodRule } from '$lib/domain/catalog';
import type { IsoDate } from '$lib/domain/fiscal';

export type MatrixStatus = ItemStatus | 'unassigned';
export const MATRIX_STATUSES: readonly MatrixStatus[] = [...STATUSES, 'unassigned'];

export interface SourceRow {
	code: string;
	sub_indicator: string;
	group: string;
	name_th: string;
	name_en: string;
	period_rule: PeriodRule;
	assignment_id: string | null;
	owner_mode: OwnerMode | null;
	due_date: string | null;
	version: number | null;
	parts: { division_id: string; is_lead: boolean; status: ItemStatus }[];
	evidence_count: number;
}

export interface Division {
	id: string;
	parent_id: string | null;
	name: string;
	archived_at?: Date | string | null;
}

export interface ViewRow {
	code: string;
	subIndicator: string;
	group: string;
	nameTh: string;
	nameEn: string;
	periodRule: PeriodRule;
	assignmentId: string | null;
	version: number | null;
	ownerMode: OwnerMode | null;
	owners: { id: string; name: string; lead: boolean; archived: boolean }[];
	/** Assigned, but every owner was archived since: counts as unassigned until re-assigned. */
	needsOwner: boolean;
	status: MatrixStatus;
	dueDate: IsoDate | null;
	overdue: boolean;
	evidenceCount: number;
}

export function viewRows(rows: SourceRow[], divisions: Division[], today: IsoDate): ViewRow[] {
	const names = new Map(divisions.map((d) => [d.id, d.name]));
	const archived = new Set(divisions.filter((d) => d.archived_at).map((d) => d.id));
	return rows.map((r) => {
		const needsOwner =
			Boolean(r.assignment_id) && r.parts.every((p) => archived.has(p.division_id));
		const status: MatrixStatus =
			r.assignment_id && !needsOwner ? itemStatusOf(r.parts) : 'unassigned';
		return {
			code: r.code,
			subIndicator: r.sub_indicator,
			group: r.group,
			nameTh: r.name_th,
			nameEn: r.name_en,
			periodRule: r.period_rule,
			assignmentId: r.assignment_id,
			version: r.version,
			ownerMode: r.owner_mode,
			owners: [...r.parts]
				.sort((a, b) => Number(b.is_lead) - Number(a.is_lead))
				.map((p) => ({
					id: p.division_id,
					name: names.get(p.division_id) ?? '',
					lead: p.is_lead,
					archived: archived.has(p.division_id)
				})),
			needsOwner,
			status,
			dueDate: r.due_date,
			overdue: Boolean(r.due_date && r.due_date < today && status !== 'approved'),
			evidenceCount: r.evidence_count
		};
	});
}

export interface Filters {
	sub: string;
	division: string;
	status: MatrixStatus | '';
	overdue: boolean;
}

/** The filters of a query string; an unknown value is ignored rather than matching nothing. */
export function parseFilters(
	params: URLSearchParams,
	known: { subs: string[]; divisions: string[] }
): Filters {
	const pick = (key: string, allowed: readonly string[]) => {
		const v = params.get(key) ?? '';
		return allowed.includes(v) ? v : '';
	};
	return {
		sub: pick('sub', known.subs),
		division: pick('division', known.divisions),
		status: pick('status', MATRIX_STATUSES) as MatrixStatus | '',
		overdue: params.get('overdue') === '1'
	};
}

export function applyFilters(rows: ViewRow[], f: Filters): ViewRow[] {
	return rows.filter(
		(r) =>
			(!f.sub || r.subIndicator === f.sub) &&
			(!f.division || r.owners.some((o) => o.id === f.division)) &&
			(!f.status || r.status === f.status) &&
			(!f.overdue || r.overdue)
	);
}

/** Top-level divisions each followed by its sections, for the pickers. */
export function divisionTree<D extends Division>(divisions: D[]): (D & { depth: number })[] {
	const tops = divisions.filter((d) => !d.parent_id);
	return tops.flatMap((t) => [
		{ ...t, depth: 0 },
		...divisions.filter((d) => d.parent_id === t.id).map((d) => ({ ...d, depth: 1 }))
	]);
}
