/**
 * A period rule as the editor's three fields (kind, first month, last month) and back. Reading
 * asks the interpreter (`period-rule.ts`); a rule built from fields is valid only if it says so.
 */
import { isPeriodRule, ruleKind, ruleMonths, type PeriodRule, type RuleKind } from './period-rule';

export interface RuleFields {
	kind: RuleKind;
	/** Calendar months 1–12; monthly and quarterly rules only. */
	from: number;
	to: number;
}

export function ruleFields(rule: PeriodRule): RuleFields {
	return { kind: ruleKind(rule), ...(ruleMonths(rule) ?? { from: 10, to: 9 }) };
}

/** The rule the fields describe, or null when the interpreter does not accept it. */
export function ruleOf(f: RuleFields): PeriodRule | null {
	const text =
		f.kind === 'monthly' || f.kind === 'quarterly' ? `${f.kind}:${f.from}-${f.to}` : f.kind;
	return isPeriodRule(text) ? text : null;
}
