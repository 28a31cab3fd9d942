import { redirect } from '@sveltejs/kit';
import { cycleOfYear } from '$lib/server/cycle-items';
import { recordSnapshot } from '$lib/server/snapshots';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { asRequestUser, requireRole, sqlState } from '$lib/server/request';
import { failure, formObject, invalid, parseForm } from '$lib/server/forms';
import * as rollover from '$lib/server/rollover';
import { itemsOf } from '$lib/domain/item-mapping';
import { translator } from '$lib/i18n';
import { pairsFromForm } from './pairs';

const target = z.union([z.literal(rollover.COPY), z.uuid()]);
const item = (i: { code: string; nameTh: string; nameEn: string }) => ({
	code: i.code,
	nameTh: i.nameTh,
	nameEn: i.nameEn
});

/** "Start FY N+1 from FY N": choose next year's list, see and correct the mapping, confirm. */
export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const member = requireRole(locals, 'coordinator');
	const { cycle } = await parent();
	const year = cycle.fiscal_year;
	const wanted = target.safeParse(url.searchParams.get('to'));
	return asRequestUser(locals, async (tx) => {
		const refusal = await rollover
			.assertYearFree(tx, member.orgId, year + 1)
			.then(() => null)
			.catch((e) => {
				if (e instanceof rollover.RolloverRefused) return e.reason;
				throw e;
			});
		const choices = (await rollover.targets(tx, year)).map((e) => ({
			id: e.id,
			status: e.status,
			title_th: e.title_th,
			title_en: e.title_en,
			items: e.items
		}));
		const view =
			wanted.success && !refusal
				? await rollover.preview(tx, member.orgId, year, wanted.data)
				: null;
		return {
			next: year + 1,
			refusal,
			choices,
			to: wanted.success ? wanted.data : null,
			unavailable: url.searchParams.has('to') && !view && !refusal,
			view: view && {
				fromEditionId: view.fromEditionId,
				toEditionId: view.toEditionId,
				entries: view.entries,
				olds: itemsOf(view.from).map(item),
				news: itemsOf(view.to).map(item)
			}
		};
	});
};

export const actions: Actions = {
	confirm: async ({ locals, request, params }) => {
		const member = requireRole(locals, 'coordinator');
		const t = translator(locals.lang);
		const year = Number(params.year);
		const next = year + 1;
		const form = await request.formData();
		const parsed = parseForm(z.object({ to: target }), form, t);
		if (!parsed.ok) return invalid('confirm', parsed);
		const values = formObject(form);
		const refuse = (status: number, message: string) =>
			failure(status, { action: 'confirm', errors: { form: message }, values });
		let done: rollover.RolloverResult;
		try {
			done = await asRequestUser(locals, async (tx) => {
				const rolled = await rollover.roll(tx, {
					orgId: member.orgId,
					year,
					target: parsed.data.to,
					pairs: pairsFromForm(values)
				});
				// The new round's trend starts today (last: it ends the user's role).
				await recordSnapshot(tx, (await cycleOfYear(tx, member.orgId, rolled.year))!);
				return rolled;
			});
		} catch (e) {
			if (e instanceof rollover.RolloverRefused)
				return refuse(409, t(`rollover.refused.${e.reason}`, { year, next }));
			if (e instanceof rollover.UnknownItem)
				return refuse(400, t('rollover.badCode', { code: e.code }));
			if (sqlState(e) === '23505')
				return refuse(409, t('rollover.refused.roundExists', { year, next }));
			throw e;
		}
		redirect(303, `/cycle/${done.year}/matrix`);
	}
};
