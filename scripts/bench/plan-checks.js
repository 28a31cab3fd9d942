// Checks of an `EXPLAIN (ANALYZE, BUFFERS, VERBOSE, FORMAT JSON)` plan run as `authenticated`:
// the tables that grow with the number of organisations are read through an index (no Seq Scan),
// and the policies' helpers (the claims, auth.uid(), has_role, member_org_ids) are evaluated once
// per query: inside an InitPlan or a hashed SubPlan that ran once, never per row.

/** Tables whose size grows with the organisations on the server. */
export const BIG_TABLES = new Set([
	'organisations',
	'divisions',
	'memberships',
	'membership_divisions',
	'profiles',
	'users',
	'cycles',
	'assignments',
	'parts',
	'evidence',
	'comments',
	'link_checks',
	'link_exceptions',
	'readiness_snapshots',
	'signoffs',
	'audit_log'
]);

const HELPER =
	/\b(member_org_ids|has_role|shares_org|in_division|can_edit_part)\b|auth\.(uid|jwt|role)\(\)|request\.jwt/;

/** @typedef {Record<string, any> & { Plans?: PlanNode[] }} PlanNode One node of a JSON plan. */

/**
 * Every node of the plan with the loops of the nearest InitPlan/SubPlan above it (or null).
 * @param {PlanNode} plan
 * @param {number | null} subplanLoops
 * @returns {Generator<{ plan: PlanNode, subplanLoops: number | null }>}
 */
function* nodes(plan, subplanLoops = null) {
	const own =
		plan['Parent Relationship'] === 'InitPlan' || plan['Parent Relationship'] === 'SubPlan';
	const loops = own ? plan['Actual Loops'] : subplanLoops;
	yield { plan, subplanLoops: loops };
	for (const child of plan.Plans ?? []) yield* nodes(child, loops);
}

/**
 * The node's own text: everything but its children.
 * @param {PlanNode} plan
 */
function ownText(plan) {
	return JSON.stringify({ ...plan, Plans: undefined });
}

/**
 * What the checks need of one plan (the JSON of EXPLAIN's first row): the organisations' tables
 * read by Seq Scan, the indexes used, how many nodes call a policy helper and which of those
 * run per row.
 * @param {{ Plan: PlanNode }[]} json
 */
export function inspect(json) {
	const root = json[0].Plan;
	/** @type {string[]} */
	const seqScans = [];
	/** @type {Set<string>} */
	const indexes = new Set();
	let helpers = 0;
	/** @type {string[]} */
	const perRow = [];
	for (const { plan, subplanLoops } of nodes(root)) {
		const rel = plan['Relation Name'];
		if (plan['Node Type'] === 'Seq Scan' && BIG_TABLES.has(rel)) seqScans.push(rel);
		// A Bitmap Index Scan names its index only; its Bitmap Heap Scan above names the table.
		if (plan['Index Name'] && !/^catalog/.test(plan['Index Name'])) indexes.add(plan['Index Name']);
		if (HELPER.test(ownText(plan))) {
			helpers++;
			if (subplanLoops === null || subplanLoops > 1) perRow.push(plan['Node Type']);
		}
	}
	return { seqScans, indexes: [...indexes], helpers, perRow };
}

/**
 * PASS/FAIL lines for one query's plan.
 * @param {{ Plan: PlanNode }[]} json
 * @returns {[boolean, string][]}
 */
export function verdicts(json) {
	const r = inspect(json);
	return [
		[
			r.seqScans.length === 0,
			r.seqScans.length
				? `Seq Scan on ${r.seqScans.join(', ')}`
				: `no Seq Scan on the organisations' tables; indexes: ${r.indexes.join(', ') || '(none needed)'}`
		],
		[
			r.helpers > 0 && r.perRow.length === 0,
			r.helpers === 0
				? 'no policy helper in the plan (not run under RLS?)'
				: r.perRow.length
					? `policy helper evaluated per row in ${r.perRow.join(', ')}`
					: `policy helpers evaluated once (${r.helpers} in InitPlans/hashed SubPlans that ran once)`
		]
	];
}
