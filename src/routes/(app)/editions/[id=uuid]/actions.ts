/**
 * Edits of an organisation's own edition. Every form carries the edition version it was based on;
 * the verbs claim it (stale → 409 with the latest shown). The database decides who may write.
 */
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { asRequestUser, requireRole, sqlState } from '$lib/server/request';
import { failure, formObject, invalid, parseForm, type FieldErrors } from '$lib/server/forms';
import { addItem, InUse, Stale, updateHead, updateItem } from '$lib/server/edition-edits';
import { removeItem, renumber } from '$lib/server/edition-remove';
import { addGroup, addSub, renameGroup, renameSub } from '$lib/server/edition-structure';
import { translator } from '$lib/i18n';
import type { Tx } from '$lib/server/db/port';
import {
	headForm,
	itemForm,
	itemInput,
	namesForm,
	refForm,
	removeForm,
	subForm,
	addSubForm
} from './forms';
import { applyReplace, previewReplace } from './replace.server';

type Verb = (
	tx: Tx,
	ref: { id: string; version: number }
) => Promise<boolean | number | string | null>;

/** Parses, runs the verb as the user, maps refusals; back to the edit view on success. */
async function run(
	event: RequestEvent,
	action: string,
	schema: z.ZodType,
	verb: (data: Record<string, unknown>) => Verb,
	done: (data: Record<string, unknown>, result: unknown) => string = () => ''
) {
	requireRole(event.locals, 'coordinator');
	const t = translator(event.locals.lang);
	const form = await event.request.formData();
	const parsed = parseForm(schema, form, t);
	if (!parsed.ok) return invalid(action, parsed, 'target');
	const data = parsed.data as Record<string, unknown>;
	const ref = { id: event.params.id!, version: Number(data.version) };
	const fail = (status: number, errors: FieldErrors) =>
		failure(status, { action, id: String(data.target ?? ''), errors, values: formObject(form) });
	let result: unknown;
	try {
		result = await asRequestUser(event.locals, (tx) => verb(data)(tx, ref));
	} catch (e) {
		if (e instanceof Stale) return fail(409, { form: t('ed.error.stale') });
		if (e instanceof InUse)
			return fail(409, { form: t('ed.error.inUse', { code: e.code, year: e.fiscalYear }) });
		const state = sqlState(e);
		if (state === '23505') return fail(400, { code: t('ed.error.duplicate') });
		if (state === '42501') return fail(403, { form: t('common.forbidden') });
		if (state === '23514') return fail(400, { form: t('v.invalid') });
		throw e;
	}
	if (result === false || result === null) return fail(404, { form: t('ed.error.notFound') });
	redirect(303, `/editions/${ref.id}?edit=1${done(data, result)}`);
}

export const actions = {
	checkFile: previewReplace,
	replace: applyReplace,
	head: (e: RequestEvent) =>
		run(e, 'head', headForm, (d) => async (tx, ref) => {
			await updateHead(tx, ref, {
				titleTh: String(d.title_th),
				titleEn: String(d.title_en),
				source: String(d.source),
				notes: (d.notes as string | null) ?? null
			});
			return true;
		}),
	item: (e: RequestEvent) =>
		run(
			e,
			'item',
			itemForm,
			(d) => (tx, ref) => updateItem(tx, ref, String(d.target), itemInput(d)),
			(d) => `#${d.code}`
		),
	addItem: (e: RequestEvent) =>
		run(
			e,
			'addItem',
			itemForm,
			(d) => (tx, ref) => addItem(tx, ref, itemInput(d)),
			(d) => `#${d.code}`
		),
	removeItem: (e: RequestEvent) =>
		run(e, 'removeItem', removeForm, (d) => (tx, ref) => removeItem(tx, ref, String(d.target))),
	renumber: (e: RequestEvent) => run(e, 'renumber', refForm, () => (tx, ref) => renumber(tx, ref)),
	group: (e: RequestEvent) =>
		run(
			e,
			'group',
			namesForm,
			(d) => (tx, ref) => renameGroup(tx, ref, String(d.target), names(d))
		),
	addGroup: (e: RequestEvent) =>
		run(
			e,
			'addGroup',
			namesForm,
			(d) => (tx, ref) => addGroup(tx, ref, String(d.target), names(d))
		),
	sub: (e: RequestEvent) =>
		run(
			e,
			'sub',
			subForm,
			(d) => (tx, ref) =>
				renameSub(tx, ref, String(d.target), { ...names(d), code: String(d.code) })
		),
	addSub: (e: RequestEvent) =>
		run(
			e,
			'addSub',
			addSubForm,
			(d) => (tx, ref) =>
				addSub(
					tx,
					ref,
					String(d.target),
					{ ...names(d), code: String(d.code) },
					{ nameTh: String(d.group_th), nameEn: String(d.group_en) }
				)
		)
};

const names = (d: Record<string, unknown>) => ({
	nameTh: String(d.name_th),
	nameEn: String(d.name_en)
});
