/**
 * What moves with an organisation, in the order rows are inserted (parents before children).
 * `rows` selects the organisation's rows of a table, `$1` being the array of organisation ids.
 * Not moved: sign-in sessions and failures (people sign in again) and the shipped catalogues,
 * which every database loads itself; references to those are carried by key (see shipped.ts).
 */
export interface TableSpec {
	name: string;
	rows: string;
	/** Columns left out: identities the target numbers itself. */
	omit?: string[];
}

const ofMembers = `id in (select user_id from public.memberships where org_id = any($1))`;
const byOrg = 'org_id = any($1)';

export const TABLES: TableSpec[] = [
	{ name: 'auth.users', rows: ofMembers },
	{ name: 'public.profiles', rows: ofMembers },
	{
		name: 'public.notification_settings',
		rows: `user_id in (select user_id from public.memberships where org_id = any($1))`
	},
	{ name: 'public.organisations', rows: 'id = any($1)' },
	{ name: 'public.catalogs', rows: byOrg },
	{ name: 'public.catalog_indicators', rows: byOrg },
	{ name: 'public.catalog_sub_indicators', rows: byOrg },
	{ name: 'public.catalog_groups', rows: byOrg },
	{ name: 'public.catalog_items', rows: byOrg },
	{ name: 'public.catalog_elements', rows: byOrg },
	{ name: 'public.divisions', rows: byOrg },
	{ name: 'public.memberships', rows: byOrg },
	{ name: 'public.membership_divisions', rows: byOrg },
	{ name: 'public.cycles', rows: byOrg },
	{ name: 'public.assignments', rows: byOrg },
	{ name: 'public.parts', rows: byOrg },
	{ name: 'public.evidence', rows: byOrg },
	{ name: 'public.comments', rows: byOrg },
	{ name: 'public.signoffs', rows: byOrg },
	{ name: 'public.readiness_snapshots', rows: byOrg },
	{ name: 'public.link_check_runs', rows: byOrg },
	{ name: 'public.link_checks', rows: byOrg },
	{ name: 'public.link_exceptions', rows: byOrg },
	{ name: 'public.action_plans', rows: byOrg },
	{ name: 'public.plan_items', rows: byOrg },
	{ name: 'public.plan_budgets', rows: byOrg },
	{ name: 'public.plan_targets', rows: byOrg },
	{ name: 'public.plan_risks', rows: byOrg },
	{ name: 'public.plan_progress', rows: byOrg },
	{ name: 'public.measures', rows: byOrg },
	{ name: 'public.measure_actions', rows: byOrg },
	{ name: 'public.measure_action_owners', rows: byOrg },
	{ name: 'public.measure_evidence', rows: byOrg },
	{ name: 'public.notifications', rows: byOrg },
	{ name: 'public.api_tokens', rows: byOrg },
	{ name: 'public.audit_log', rows: byOrg, omit: ['id'] }
];

/** Columns that may point at a shipped catalogue or one of its items. */
export const SHIPPED_REFS: { table: string; column: string; kind: 'catalog' | 'item' }[] = [
	{ table: 'public.catalogs', column: 'based_on', kind: 'catalog' },
	{ table: 'public.cycles', column: 'catalog_id', kind: 'catalog' },
	{ table: 'public.assignments', column: 'item_id', kind: 'item' }
];
