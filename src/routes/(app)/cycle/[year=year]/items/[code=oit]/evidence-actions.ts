import { z } from 'zod';
import type { RequestEvent } from './$types';
import {
	addEvidence,
	getEvidence,
	setEvidenceDeleted,
	updateEvidence,
	type EvidenceInput
} from '$lib/server/evidence';
import { startPart } from '$lib/server/parts';
import { failure, formObject, optionalDate, parseForm, type FieldErrors } from '$lib/server/forms';
import { sqlState } from '$lib/server/request';
import { normaliseEvidenceUrl } from '$lib/domain/evidence-url';
import { periodProblem } from '$lib/domain/period-rule';
import { translator, type Translate } from '$lib/i18n';
import type { Tx } from '$lib/server/db/port';
import { enqueue } from '$lib/server/jobs';
import { actionContext, type PartRef } from './context';

const elements = z.preprocess(
	(v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
	z.array(z.coerce.number().int().min(0).max(99)).max(100)
);
/** Strict: fields like org_id, status, created_by or version of the row are not accepted here. */
const fields = {
	kind: z.enum(['url', 'nothing_to_report']),
	url: z.string().max(2048).default(''),
	title: z.string().trim().max(300).default(''),
	note: z.string().trim().max(4000).default(''),
	period_month: z.union([z.literal(''), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)]).default(''),
	covers_from: optionalDate,
	covers_to: optionalDate,
	elements
};
const addSchema = z.object({ part_id: z.uuid(), client_key: z.uuid(), ...fields });
const editSchema = z.object({
	part_id: z.uuid(),
	id: z.uuid(),
	version: z.coerce.number().int().positive(),
	...fields
});
const refSchema = z.object({
	part_id: z.uuid(),
	id: z.uuid(),
	version: z.coerce.number().int().positive()
});
const labels = { url: 'evidence.url', note: 'evidence.note' } as const;

type Fields = z.output<z.ZodObject<typeof fields>>;

/** The rules zod cannot know: the URL's form, the item's own allowances, the period. */
function toInput(
	d: Fields,
	part: PartRef,
	t: Translate
): { input: EvidenceInput } | { errors: FieldErrors } {
	const errors: FieldErrors = {};
	let url: string | null = null;
	if (d.kind === 'url') {
		const checked = normaliseEvidenceUrl(d.url);
		if ('problem' in checked) errors.url = t(`url.${checked.problem}`);
		else url = checked.url;
	} else {
		if (!part.allows_nothing_to_report) errors.kind = t('evidence.nothingNotAllowed');
		if (!d.note) errors.note = t('evidence.reasonRequired');
	}
	const problem = periodProblem(part.period_rule, part.fiscal_year, {
		slot: d.period_month || null,
		from: d.covers_from,
		to: d.covers_to
	});
	if (problem === 'spanInverted') errors.covers_to = t('date.order');
	else if (problem) errors.period_month = t(`evidence.${problem}`);
	if (Object.keys(errors).length) return { errors };
	return {
		input: {
			kind: d.kind,
			url,
			title: d.title || null,
			note: d.note || null,
			periodMonth: d.period_month || null,
			coversFrom: d.covers_from,
			coversTo: d.covers_to,
			elementPositions: [...new Set(d.elements)].sort((a, b) => a - b)
		}
	};
}

function refused(e: unknown, t: Translate, action: string, form: FormData) {
	const state = sqlState(e);
	if (state === '42501')
		return failure(403, {
			action,
			errors: { form: t('evidence.notAllowed') },
			values: formObject(form)
		});
	if (state === '23514')
		return failure(400, { action, errors: { form: t('v.invalid') }, values: formObject(form) });
	throw e;
}

/**
 * The shared path of adding and editing: parse, find the part of this item, apply the rules
 * zod cannot know, then `store` under RLS. `formId` names the form the errors belong to.
 */
async function saveEvidence<T extends Fields & { part_id: string }>(
	event: RequestEvent,
	action: 'addEvidence' | 'editEvidence',
	schema: z.ZodType<T>,
	formId: (d: { part_id?: unknown; id?: unknown }) => string,
	store: (
		tx: Tx,
		ctx: { orgId: string; part: PartRef; data: T; input: EvidenceInput }
	) => Promise<{ refusal: ReturnType<typeof failure> } | { saved: string | null }>
) {
	const { member, t, run } = actionContext(event);
	const form = await event.request.formData();
	const parsed = parseForm(schema, form, t, labels);
	if (!parsed.ok) {
		const id = formId(parsed.values);
		return failure(400, { action, id, errors: parsed.errors, values: parsed.values });
	}
	const d = parsed.data;
	const id = formId(d);
	let saved: string | null = null;
	try {
		const result = await run(async (tx, part) => {
			const p = await part(d.part_id);
			const checked = toInput(d, p, t);
			if ('errors' in checked) {
				return failure(400, { action, id, errors: checked.errors, values: formObject(form) });
			}
			const stored = await store(tx, {
				orgId: member.orgId,
				part: p,
				data: d,
				input: checked.input
			});
			if ('refusal' in stored) return stored.refusal;
			if (checked.input.kind === 'url') saved = stored.saved;
			await startPart(tx, p.id);
			return { action, id, saved: true };
		});
		// The saved link is checked in the background; the form does not wait for it.
		if (saved) void enqueue('link-check', { ids: [saved] });
		return result;
	} catch (e) {
		return refused(e, t, action, form);
	}
}

/**
 * Why a write to evidence based on `version` changed no row: it is gone (404), someone saved a
 * newer version (409, with theirs), or the caller may not change it (403: another division's
 * evidence, or a part that is submitted or approved).
 */
async function whyUnchanged(
	tx: Tx,
	event: RequestEvent,
	action: string,
	part: PartRef,
	ref: { id: string; version: number }
) {
	const t = translator(event.locals.lang);
	const current = await getEvidence(tx, ref.id);
	if (!current || current.part_id !== part.id) {
		return failure(404, { action, id: ref.id, errors: { form: t('common.notFound') } });
	}
	if (current.version !== ref.version) {
		const errors = { form: t('common.conflict') };
		return failure(409, { action, id: ref.id, errors, current: { ...current } });
	}
	const errors = { form: t(part.works_on ? 'evidence.notAllowed' : 'evidence.notYours') };
	return failure(403, { action, id: ref.id, errors });
}

export const evidenceActions = {
	addEvidence: (event: RequestEvent) =>
		saveEvidence(
			event,
			'addEvidence',
			addSchema,
			(d) => String(d.part_id),
			async (tx, { orgId, part, data, input }) => ({
				saved: await addEvidence(tx, orgId, part.id, data.client_key, input)
			})
		),
	editEvidence: (event: RequestEvent) =>
		saveEvidence(
			event,
			'editEvidence',
			editSchema,
			(d) => String(d.id),
			async (tx, { orgId, part, data, input }) => {
				if (await updateEvidence(tx, orgId, data.id, data.version, input))
					return { saved: data.id };
				return { refusal: await whyUnchanged(tx, event, 'editEvidence', part, data) };
			}
		),
	removeEvidence: (event: RequestEvent) => removal(event, true),
	restoreEvidence: (event: RequestEvent) => removal(event, false)
};

async function removal(event: RequestEvent, deleted: boolean) {
	const { member, t, run } = actionContext(event);
	const form = await event.request.formData();
	const parsed = parseForm(refSchema, form, t);
	const action = deleted ? 'removeEvidence' : 'restoreEvidence';
	if (!parsed.ok) return failure(400, { action, errors: parsed.errors });
	const d = parsed.data;
	try {
		return await run(async (tx, part) => {
			const p = await part(d.part_id);
			const done = await setEvidenceDeleted(tx, member.orgId, d.id, d.version, deleted);
			if (!done) return whyUnchanged(tx, event, action, p, d);
			await startPart(tx, p.id);
			return { action, id: d.id, saved: true };
		});
	} catch (e) {
		return refused(e, t, action, form);
	}
}
