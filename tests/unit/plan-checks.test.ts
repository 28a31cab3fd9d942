/**
 * The scale benchmark's plan checks (scripts/bench/plan-checks.js): a Seq Scan on an
 * organisation's table fails, and so does a policy helper evaluated per row; a helper in a
 * hashed SubPlan or InitPlan that ran once passes.
 */
import { describe, expect, test } from 'vitest';
import { inspect, verdicts } from '../../scripts/bench/plan-checks.js';

const helperOnce = {
	'Node Type': 'ProjectSet',
	'Parent Relationship': 'SubPlan',
	'Subplan Name': 'hashed SubPlan 1',
	'Actual Loops': 1,
	Output: ['app.member_org_ids()']
};

const scan = (nodeType: string, extra: Record<string, unknown> = {}) => [
	{
		Plan: {
			'Node Type': nodeType,
			'Relation Name': 'evidence',
			'Actual Loops': 1,
			Filter: '(hashed SubPlan 1)',
			Plans: [helperOnce],
			...extra
		}
	}
];

describe('plan checks', () => {
	test('an index scan with the helper in a hashed SubPlan that ran once passes both', () => {
		const plan = scan('Index Scan', { 'Index Name': 'evidence_part_id_idx' });
		expect(verdicts(plan).map(([ok]) => ok)).toEqual([true, true]);
		expect(inspect(plan).indexes).toEqual(['evidence_part_id_idx']);
	});

	test('a Seq Scan on an organisation table fails; on the shared catalogue it does not', () => {
		expect(inspect(scan('Seq Scan')).seqScans).toEqual(['evidence']);
		expect(verdicts(scan('Seq Scan'))[0][0]).toBe(false);
		const catalogue = scan('Seq Scan', { 'Relation Name': 'catalog_items' });
		expect(verdicts(catalogue)[0][0]).toBe(true);
	});

	test('a helper called in a per-row filter, or in a SubPlan run per row, fails', () => {
		const inFilter = scan('Index Scan', {
			Filter: "app.has_role(org_id, '{coordinator}'::text[])",
			Plans: []
		});
		expect(verdicts(inFilter)[1][0]).toBe(false);
		const perRow = scan('Index Scan', { Plans: [{ ...helperOnce, 'Actual Loops': 43 }] });
		expect(inspect(perRow).perRow).toEqual(['ProjectSet']);
		expect(verdicts(perRow)[1][0]).toBe(false);
	});

	test('a plan without any helper fails: the query did not run under row-level security', () => {
		const bare = scan('Index Scan', { Filter: null, Plans: [] });
		expect(verdicts(bare)[1]).toEqual([false, expect.stringContaining('no policy helper')]);
	});
});
