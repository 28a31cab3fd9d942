/** The coordinator's forms: measures and their actions (add, edit, reorder, delete). */
import type { RequestEvent } from './$types';
import { asRequestUser, requireRole, sqlState } from '$lib/server/request';
import { failure, formObject, invalid, parseForm } from '$lib/server/forms';
import * as measures from '$lib/server/measures';
import { translator, type Translate } from '$lib/i18n';
import * as forms from './schemas';

const labels = {
	title: 'measures.field.title',
	method: 'measures.field.method'
} as const;

function refused(e: unknown, t: Translate, action: string, form: FormData, id?: string) {
	const state = sqlState(e);
	const values = formObject(form);
	if (state === '42501')
		return failure(403, { action, id, errors: { form: t('measures.notAllowed') }, values });
	if (state === '23503')
		return failure(400, { action, id, errors: { division_ids: t('v.unknownChoice') }, values });
	if (state === '23514')
		return failure(400, { action, id, errors: { form: t('v.invalid') }, values });
	throw e;
}

async function start(event: RequestEvent) {
	const member = requireRole(event.locals, 'coordinator');
	return { member, t: translator(event.locals.lang), form: await event.request.formData() };
}

export async function add(event: RequestEvent) {
	const { member, t, form } = await start(event);
	const parsed = parseForm(forms.addMeasure, form, t, labels);
	if (!parsed.ok) return invalid('add', parsed);
	const d = parsed.data;
	try {
		await asRequestUser(event.locals, (tx) =>
			measures.add(tx, member.orgId, Number(event.params.year), {
				title: d.title,
				weakness: d.weakness || null,
				improvement: d.improvement || null
			})
		);
	} catch (e) {
		return refused(e, t, 'add', form);
	}
	return { action: 'add', saved: true };
}

export async function update(event: RequestEvent) {
	const { member, t, form } = await start(event);
	const parsed = parseForm(forms.editMeasure, form, t, labels);
	if (!parsed.ok) return invalid('update', parsed, 'id');
	const d = parsed.data;
	const ok = await asRequestUser(event.locals, (tx) =>
		measures.update(tx, member.orgId, d.id, d.version, {
			title: d.title,
			weakness: d.weakness || null,
			improvement: d.improvement || null
		})
	);
	if (!ok)
		return failure(409, { action: 'update', id: d.id, errors: { form: t('common.conflict') } });
	return { action: 'update', id: d.id, saved: true };
}

/** Deleting asks first (the page says what goes with it); `confirm=1` deletes. */
export async function remove(event: RequestEvent) {
	const { member, t, form } = await start(event);
	const parsed = parseForm(forms.removeRow, form, t);
	if (!parsed.ok) return invalid('remove', parsed);
	const { id, confirm } = parsed.data;
	if (!confirm) return { action: 'remove', id, confirm: true };
	const ok = await asRequestUser(event.locals, (tx) => measures.remove(tx, member.orgId, id));
	if (!ok) return failure(404, { action: 'remove', id, errors: { form: t('measures.gone') } });
	return { action: 'remove', removed: true };
}

export async function move(event: RequestEvent, which: 'measure' | 'action') {
	const { member, t, form } = await start(event);
	const parsed = parseForm(forms.moveRow, form, t);
	if (!parsed.ok) return invalid('move', parsed);
	const { id, direction } = parsed.data;
	const step = direction === 'up' ? -1 : 1;
	await asRequestUser(event.locals, (tx) =>
		which === 'measure'
			? measures.move(tx, member.orgId, id, step)
			: measures.moveAction(tx, member.orgId, id, step)
	);
	return { action: 'move', id };
}

export async function addAction(event: RequestEvent) {
	const { member, t, form } = await start(event);
	const parsed = parseForm(forms.addAction, form, t, labels);
	if (!parsed.ok) return invalid('addAction', parsed, 'measure_id');
	const d = parsed.data;
	const checked = forms.toActionInput(d, Number(event.params.year));
	if ('problem' in checked)
		return failure(400, {
			action: 'addAction',
			id: d.measure_id,
			errors: { division_ids: t('measures.pickDivision') },
			values: formObject(form)
		});
	try {
		await asRequestUser(event.locals, (tx) =>
			measures.addAction(tx, member.orgId, d.measure_id, checked.input)
		);
	} catch (e) {
		return refused(e, t, 'addAction', form, d.measure_id);
	}
	return { action: 'addAction', id: d.measure_id, saved: true };
}

export async function updateAction(event: RequestEvent) {
	const { member, t, form } = await start(event);
	const parsed = parseForm(forms.editAction, form, t, labels);
	if (!parsed.ok) return invalid('updateAction', parsed, 'id');
	const d = parsed.data;
	const checked = forms.toActionInput(d, Number(event.params.year));
	if ('problem' in checked)
		return failure(400, {
			action: 'updateAction',
			id: d.id,
			errors: { division_ids: t('measures.pickDivision') },
			values: formObject(form)
		});
	try {
		const ok = await asRequestUser(event.locals, (tx) =>
			measures.updateAction(tx, member.orgId, d.id, d.version, checked.input)
		);
		if (!ok)
			return failure(409, {
				action: 'updateAction',
				id: d.id,
				errors: { form: t('common.conflict') }
			});
	} catch (e) {
		return refused(e, t, 'updateAction', form, d.id);
	}
	return { action: 'updateAction', id: d.id, saved: true };
}

export async function removeAction(event: RequestEvent) {
	const { member, t, form } = await start(event);
	const parsed = parseForm(forms.removeRow, form, t);
	if (!parsed.ok) return invalid('removeAction', parsed);
	const { id, confirm } = parsed.data;
	if (!confirm) return { action: 'removeAction', id, confirm: true };
	const ok = await asRequestUser(event.locals, (tx) => measures.removeAction(tx, member.orgId, id));
	if (!ok)
		return failure(404, { action: 'removeAction', id, errors: { form: t('measures.gone') } });
	return { action: 'removeAction', removed: true };
}
