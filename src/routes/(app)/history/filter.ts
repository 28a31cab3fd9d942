import { z } from 'zod';
import { readDateField } from '$lib/domain/date-field';
import type { LogFilter } from '$lib/server/audit';

/** Every table the change log records (a trigger calls app.audit_row), as the filter offers them. */
export const TABLES = [
	'assignments',
	'parts',
	'evidence',
	'comments',
	'signoffs',
	'divisions',
	'memberships',
	'membership_divisions',
	'cycles',
	'catalogs',
	'catalog_indicators',
	'catalog_sub_indicators',
	'catalog_groups',
	'catalog_items',
	'catalog_elements',
	'link_exceptions',
	'organisations',
	'api_tokens',
	'action_plans',
	'plan_items',
	'plan_progress',
	'measures',
	'measure_actions',
	'measure_action_owners',
	'measure_evidence'
] as const;

const optional = <T extends z.ZodType>(schema: T) =>
	z
		.union([z.literal('').transform(() => undefined), schema])
		.optional()
		.catch(undefined);

/** A day as the date field takes it ('14/03/2565', ISO…); anything else is dropped. */
const day = z.string().transform((s, ctx) => {
	const read = readDateField(s);
	if (read.ok) return read.iso;
	ctx.addIssue({ code: 'custom', message: read.problem });
	return z.NEVER;
});

const schema = z.object({
	table: optional(z.enum(TABLES)),
	actor: optional(z.string().max(100)),
	from: optional(day),
	to: optional(day),
	before: optional(z.coerce.number().int().positive())
});

/** The log filter from the query string; anything malformed is simply ignored. */
export function logFilter(url: URL, limit: number): LogFilter {
	return { ...schema.parse(Object.fromEntries(url.searchParams)), limit };
}
