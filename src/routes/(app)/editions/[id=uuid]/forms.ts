/** The edit forms of an edition, as zod schemas (validated at the edge; the database checks again). */
import { z } from 'zod';
import { text } from '$lib/server/forms';
import { RULE_KINDS, type RuleKind } from '$lib/domain/period-rule';
import { ruleOf } from '$lib/domain/rule-form';
import { normaliseCode } from '$lib/domain/edition-records';
import type { ItemInput } from '$lib/server/edition-edits';

const version = z.coerce.number().int().positive();
const optional = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.optional()
		.transform((s) => s || null);
const month = z.coerce.number().int().min(1).max(12);

export const refForm = z.object({ version, target: z.union([z.uuid(), z.literal('')]).optional() });

export const removeForm = z.object({ version, target: z.uuid() });

export const headForm = z.object({
	version,
	title_th: text(300),
	title_en: z.string().trim().max(300),
	source: z.string().trim().max(2000),
	notes: optional(4000)
});

export const namesForm = z.object({
	version,
	target: z.uuid(),
	name_th: text(500),
	name_en: z.string().trim().max(500)
});

export const subForm = namesForm.extend({ code: text(20) });
export const addSubForm = subForm.extend({
	group_th: text(500),
	group_en: z.string().trim().max(500)
});

export const itemForm = z
	.object({
		version,
		target: z.union([z.uuid(), z.literal('')]).optional(),
		code: z
			.string()
			.max(10)
			.transform((s) => normaliseCode(s) ?? '')
			.pipe(z.string().min(1, 'ed.error.code')),
		group_id: z.uuid(),
		name_th: text(500),
		name_en: z.string().trim().max(500),
		rule_kind: z.enum(RULE_KINDS as [RuleKind, ...RuleKind[]]),
		rule_from: month.default(10),
		rule_to: month.default(9),
		ntr: z.literal('on').optional(),
		how: optional(1000),
		elements: z.string().max(40_000).default(''),
		note: optional(2000)
	})
	.transform((d, ctx) => {
		const rule = ruleOf({ kind: d.rule_kind, from: d.rule_from, to: d.rule_to });
		if (!rule) {
			ctx.addIssue({ code: 'custom', path: ['rule_kind'], message: 'ed.error.rule' });
			return z.NEVER;
		}
		const elements = d.elements
			.split(/\r?\n/)
			.map((l) => l.trim())
			.filter(Boolean);
		if (elements.some((l) => l.length > 2000)) {
			ctx.addIssue({ code: 'custom', path: ['elements'], message: 'v.invalid' });
			return z.NEVER;
		}
		return { ...d, rule, elementList: elements };
	});

export function itemInput(d: Record<string, unknown>): ItemInput {
	const v = d as z.output<typeof itemForm>;
	return {
		code: v.code,
		groupId: v.group_id,
		nameTh: v.name_th,
		nameEn: v.name_en,
		periodRule: v.rule,
		allowsNothingToReport: v.ntr === 'on',
		nothingToReportHow: v.how,
		noteTh: v.note,
		elements: v.elementList
	};
}
