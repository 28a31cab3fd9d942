/**
 * The forms of the measures page as zod schemas, and the rule zod cannot know (owners and the
 * timeframe's dates) as a plain function tested without a server.
 */
import { z } from 'zod';
import { ACTION_STATUSES } from '$lib/domain/measure';
import { parseTimeframe } from '$lib/domain/timeframe';
import type { ActionInput } from '$lib/server/measures';
import { optionalDate } from '$lib/server/forms';

const optionalText = (max: number) => z.string().trim().max(max).default('');
const required = (max: number) => z.string().trim().min(1).max(max);
const version = z.coerce.number().int().positive();

export const measureFields = {
	title: required(1000),
	weakness: optionalText(4000),
	improvement: optionalText(4000)
};
export const addMeasure = z.object(measureFields);
export const editMeasure = z.object({ id: z.uuid(), version, ...measureFields });
export const removeRow = z.object({ id: z.uuid(), confirm: z.literal('1').optional() });
export const moveRow = z.object({ id: z.uuid(), direction: z.enum(['up', 'down']) });

const divisionIds = z.preprocess(
	(v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
	z.array(z.uuid()).max(50)
);
const actionFields = {
	method: required(4000),
	owner_mode: z.enum(['divisions', 'all']).default('divisions'),
	division_ids: divisionIds,
	owner_label: optionalText(500),
	timeframe: optionalText(200)
};
export const addAction = z.object({ measure_id: z.uuid(), ...actionFields });
export const editAction = z.object({ id: z.uuid(), version, ...actionFields });

export const report = z.object({
	id: z.uuid(),
	version,
	result: optionalText(8000),
	suggestion: optionalText(4000),
	status: z.enum(ACTION_STATUSES)
});

export const addEvidence = z.object({
	action_id: z.uuid(),
	kind: z.enum(['order', 'url']),
	order_no: optionalText(100),
	order_date: optionalDate,
	url: z.string().max(4096).default(''),
	title: optionalText(300)
});
export const removeEvidence = z.object({ id: z.uuid() });

type ActionFields = z.output<z.ZodObject<typeof actionFields>>;

/** An action as stored: its owners, and the dates its timeframe reads as in fiscal year `year`. */
export function toActionInput(
	d: ActionFields,
	year: number
): { input: ActionInput } | { problem: 'pickDivision' } {
	const all = d.owner_mode === 'all';
	if (!all && !d.division_ids.length) return { problem: 'pickDivision' };
	const when = d.timeframe ? parseTimeframe(d.timeframe, year) : null;
	return {
		input: {
			method: d.method,
			allDivisions: all,
			divisionIds: all ? [] : [...new Set(d.division_ids)],
			ownerLabel: d.owner_label || null,
			timeframeText: d.timeframe || null,
			startsOn: when?.start ?? null,
			endsOn: when?.end ?? null
		}
	};
}
