import { z } from 'zod';
import type { RequestEvent } from './$types';
import { asRequestUser, requireRole, sqlState } from '$lib/server/request';
import { cycleOfYear } from '$lib/server/cycle-items';
import { cycleReadiness } from '$lib/server/readiness';
import { signOff } from '$lib/server/signoffs';
import { updateCycleSettings } from '$lib/server/cycles';
import { failure, formObject, invalid, parseForm, requiredDate } from '$lib/server/forms';
import { round2, hasEstimates } from '$lib/domain/scoring';
import { translator } from '$lib/i18n';
import { error } from '@sveltejs/kit';

const score = z.coerce.number().min(0, 'v.score').max(100, 'v.score');
const optionalScore = z.union([z.literal('').transform(() => null), score]);
const settingsSchema = z.object({
	version: z.coerce.number().int().positive(),
	target: score,
	iit: optionalScore,
	eit: optionalScore,
	oit_opens: requiredDate,
	oit_closes: requiredDate,
	internal_deadline: requiredDate
});

/** An over-long note is refused with its limit, never silently cut. */
const signoffSchema = z.object({
	note: z.string().trim().max(2000).default(''),
	client_key: z.uuid(),
	/** Present when the executive has seen that the score is below the target and goes ahead. */
	confirm: z.literal('yes').optional()
});

export const dashboardActions = {
	/**
	 * An executive marks the cycle ready to submit; the score at that moment is kept. Below the
	 * target it waits for an explicit confirm; the form's key makes a double click one sign-off.
	 */
	signoff: async (event: RequestEvent) => {
		const member = requireRole(event.locals, 'executive');
		const t = translator(event.locals.lang);
		const parsed = parseForm(signoffSchema, await event.request.formData(), t, {
			note: 'dash.signoffNote'
		});
		if (!parsed.ok) return invalid('signoff', parsed);
		const { client_key: clientKey, confirm } = parsed.data;
		const note = parsed.data.note || null;
		try {
			const below = await asRequestUser(event.locals, async (tx) => {
				const cycle = await cycleOfYear(tx, member.orgId, Number(event.params.year));
				if (!cycle) error(404, 'Not found');
				const r = await cycleReadiness(tx, cycle);
				const estimated = hasEstimates(r.inputs);
				const score = round2(r.confirmed.oit);
				const target = Number(r.inputs.target);
				if (score < target && !confirm) return { score, target };
				await signOff(tx, {
					orgId: member.orgId,
					cycleId: cycle.id,
					oit: score,
					ita: estimated ? round2(r.confirmed.ita) : null,
					approved: r.items.filter((i) => i.readiness.status === 'approved').length,
					note,
					clientKey
				});
				return null;
			});
			if (below) {
				const values = { note: parsed.data.note, client_key: clientKey };
				return failure(422, { action: 'signoff', errors: {}, values, below });
			}
		} catch (e) {
			if (sqlState(e) === '42501')
				return failure(403, { action: 'signoff', errors: { form: t('common.forbidden') } });
			throw e;
		}
		return { action: 'signoff', saved: true };
	},
	/** The coordinator sets the target, the IIT/EIT estimates and the calendar. */
	settings: async (event: RequestEvent) => {
		const member = requireRole(event.locals, 'coordinator');
		const t = translator(event.locals.lang);
		const form = await event.request.formData();
		const parsed = parseForm(settingsSchema, form, t);
		if (!parsed.ok)
			return failure(400, { action: 'settings', errors: parsed.errors, values: parsed.values });
		const d = parsed.data;
		if (d.oit_closes < d.oit_opens) {
			return failure(400, {
				action: 'settings',
				errors: { oit_closes: t('round.closesBeforeOpens') },
				values: formObject(form)
			});
		}
		const ok = await asRequestUser(event.locals, async (tx) => {
			const cycle = await cycleOfYear(tx, member.orgId, Number(event.params.year));
			if (!cycle) error(404, 'Not found');
			return updateCycleSettings(tx, cycle.id, d.version, {
				target: d.target,
				iit: d.iit,
				eit: d.eit,
				oitOpens: d.oit_opens,
				oitCloses: d.oit_closes,
				internalDeadline: d.internal_deadline
			});
		});
		if (!ok) return failure(409, { action: 'settings', errors: { form: t('common.conflict') } });
		return { action: 'settings', saved: true };
	}
};
