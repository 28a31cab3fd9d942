/**
 * The owning divisions' forms (the coordinator may use them too): an action's result, status
 * and evidence. The database decides who may (app.owns_measure_action); a refusal is a message.
 */
import type { RequestEvent } from './$types';
import { asRequestUser, sqlState } from '$lib/server/request';
import { failure, formObject, invalid, parseForm } from '$lib/server/forms';
import { error } from '@sveltejs/kit';
import * as measures from '$lib/server/measures';
import * as evidence from '$lib/server/measure-evidence';
import { normaliseEvidenceUrl } from '$lib/domain/evidence-url';
import { translator } from '$lib/i18n';
import * as forms from './schemas';

async function start(event: RequestEvent) {
	const member = event.locals.member;
	if (!member) error(404, 'Not found');
	return { member, t: translator(event.locals.lang), form: await event.request.formData() };
}

export async function report(event: RequestEvent) {
	const { member, t, form } = await start(event);
	const parsed = parseForm(forms.report, form, t, { result: 'measures.field.result' });
	if (!parsed.ok) return invalid('report', parsed, 'id');
	const d = parsed.data;
	const ok = await asRequestUser(event.locals, (tx) =>
		measures.report(tx, member.orgId, d.id, d.version, {
			result: d.result || null,
			suggestion: d.suggestion || null,
			status: d.status
		})
	);
	// 0 rows: changed meanwhile, or not the caller's to report (RLS hides it from the update).
	if (!ok)
		return failure(409, {
			action: 'report',
			id: d.id,
			errors: { form: `${t('common.conflict')} ${t('measures.notAllowed')}` },
			values: formObject(form)
		});
	return { action: 'report', id: d.id, saved: true };
}

export async function addEvidence(event: RequestEvent) {
	const { member, t, form } = await start(event);
	const parsed = parseForm(forms.addEvidence, form, t, {
		order_date: 'measures.evidence.orderDate',
		url: 'evidence.url'
	});
	if (!parsed.ok) return invalid('addEvidence', parsed, 'action_id');
	const d = parsed.data;
	const back = (errors: Record<string, string>, status = 400) =>
		failure(status, { action: 'addEvidence', id: d.action_id, errors, values: formObject(form) });
	let input: evidence.EvidenceInput;
	if (d.kind === 'order') {
		if (!d.order_no) return back({ order_no: t('measures.evidence.orderRequired') });
		input = { kind: 'order', orderNo: d.order_no, orderDate: d.order_date, title: d.title || null };
	} else {
		const checked = normaliseEvidenceUrl(d.url);
		if ('problem' in checked) return back({ url: t(`url.${checked.problem}`) });
		input = { kind: 'url', url: checked.url, title: d.title || null };
	}
	try {
		await asRequestUser(event.locals, (tx) => evidence.add(tx, member.orgId, d.action_id, input));
	} catch (e) {
		const state = sqlState(e);
		if (state === '42501' || state === '23503')
			return back({ form: t('measures.notAllowed') }, 403);
		if (state === '23514') return back({ form: t('v.invalid') });
		throw e;
	}
	return { action: 'addEvidence', id: d.action_id, saved: true };
}

export async function removeEvidence(event: RequestEvent) {
	const { member, t, form } = await start(event);
	const parsed = parseForm(forms.removeEvidence, form, t);
	if (!parsed.ok) return invalid('removeEvidence', parsed);
	const ok = await asRequestUser(event.locals, (tx) =>
		evidence.remove(tx, member.orgId, parsed.data.id)
	);
	if (!ok)
		return failure(403, { action: 'removeEvidence', errors: { form: t('measures.notAllowed') } });
	return { action: 'removeEvidence', saved: true };
}
