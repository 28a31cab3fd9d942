import { z } from 'zod';
import { isIsoDate } from '$lib/domain/fiscal';
import type { LogFilter } from '$lib/server/audit';

export const TABLES = [
	'assignments',
	'parts',
	'evidence',
	'comments',
	'divisions',
	'memberships',
	'cycles',
	'organisations'
] as const;

const optional = <T extends z.ZodType>(schema: T) =>
	z
		.union([z.literal('').transform(() => undefined), schema])
		.optional()
		.catch(undefined);

const schema = z.object({
	table: optional(z.enum(TABLES)),
	actor: optional(z.string().max(100)),
	from: optional(z.string().refine(isIsoDate)),
	to: optional(z.string().refine(isIsoDate)),
	before: optional(z.coerce.number().int().positive())
});

/** The log filter from the query string; anything malformed is simply ignored. */
export function logFilter(url: URL, limit: number): LogFilter {
	return { ...schema.parse(Object.fromEntries(url.searchParams)), limit };
}
