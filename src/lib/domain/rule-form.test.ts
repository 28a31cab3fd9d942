import { describe, expect, it } from 'vitest';
import { ruleFields, ruleOf } from './rule-form';
import type { PeriodRule } from './period-rule';

describe('period rule fields', () => {
	it.each<PeriodRule>(['current', 'standing', 'monthly:10-3', 'quarterly:10-9', 'monthly:1-1'])(
		'%s round-trips',
		(rule) => {
			expect(ruleOf(ruleFields(rule))).toBe(rule);
		}
	);
	it('refuses a partial quarter', () => {
		expect(ruleOf({ kind: 'quarterly', from: 10, to: 11 })).toBeNull();
	});
});
