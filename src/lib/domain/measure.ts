/**
 * Integrity measures (มาตรการส่งเสริมคุณธรรมและความโปร่งใส) as the pages and documents read them.
 * Who may change what is the database's (migration integrity_measures); `can_report` on an action
 * is its answer for the caller.
 */
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'not_done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface MeasureEvidence {
	id: string;
	kind: 'order' | 'url';
	order_no: string | null;
	order_date: string | null;
	url: string | null;
	title: string | null;
}

export interface MeasureAction {
	id: string;
	measure_id: string;
	position: number;
	method: string;
	all_divisions: boolean;
	owner_ids: string[];
	owner_label: string | null;
	timeframe_text: string | null;
	starts_on: string | null;
	ends_on: string | null;
	result: string | null;
	suggestion: string | null;
	status: ActionStatus;
	version: number;
	can_report: boolean;
	evidence: MeasureEvidence[];
}

export interface Measure {
	id: string;
	fiscal_year: number;
	position: number;
	title: string;
	weakness: string | null;
	improvement: string | null;
	version: number;
	actions: MeasureAction[];
}

/** What deleting a measure takes with it, for the confirmation. */
export function lostWith(m: Measure): { actions: number; results: number; evidence: number } {
	return {
		actions: m.actions.length,
		results: m.actions.filter((a) => a.result?.trim()).length,
		evidence: m.actions.reduce((n, a) => n + a.evidence.length, 0)
	};
}

/**
 * Who owns an action, as shown: the label as written when there is one, else the names of its
 * divisions, else "all divisions" (`allLabel`).
 */
export function ownerText(
	a: Pick<MeasureAction, 'all_divisions' | 'owner_ids' | 'owner_label'>,
	names: Map<string, string>,
	allLabel: string
): string {
	if (a.owner_label?.trim()) return a.owner_label.trim();
	if (a.all_divisions) return allLabel;
	return a.owner_ids
		.map((id) => names.get(id) ?? '')
		.filter(Boolean)
		.join(', ');
}
