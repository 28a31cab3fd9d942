import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { asRequestUser, readAsRequestUser, requireRole, sqlState } from '$lib/server/request';
import { loadPlanPage } from '$lib/server/plan-page';
import { deletePlan, getPlan } from '$lib/server/plans';
import { replaceRisks, replaceTargets } from '$lib/server/plan-extras';
import { parseRisks, parseTargets } from '$lib/domain/plan-extras';
import { rowsOfText } from '$lib/domain/plan-text';
import { translator } from '$lib/i18n';

/** The register: items by มิติ with budgets and this round's reports, and where the plan stands. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const member = locals.member!;
	const page = await readAsRequestUser(locals, (tx) =>
		loadPlanPage(tx, member.orgId, params.id, url)
	);
	return {
		...page,
		canManage: member.role === 'coordinator',
		imported: url.searchParams.has('imported')
	};
};

export const actions: Actions = {
	extras: async ({ request, locals, params }) => {
		const member = requireRole(locals, 'coordinator');
		const t = translator(locals.lang);
		const form = await request.formData();
		const read = (name: string) => String(form.get(name) ?? '').slice(0, 200_000);
		const targetsText = read('targets');
		const risksText = read('risks');
		const targets = targetsText.trim() ? parseTargets(rowsOfText(targetsText)) : null;
		const risks = risksText.trim() ? parseRisks(rowsOfText(risksText)) : null;
		if (!targets && !risks)
			return fail(400, { action: 'extras', error: t('plans.extras.nothing') });
		if (targets?.length === 0)
			return fail(400, { action: 'extras', error: t('plans.extras.noTargets') });
		if (risks?.length === 0)
			return fail(400, { action: 'extras', error: t('plans.extras.noRisks') });
		await asRequestUser(locals, async (tx) => {
			if (!(await getPlan(tx, member.orgId, params.id))) error(404, 'No such plan');
			if (targets) await replaceTargets(tx, member.orgId, params.id, targets);
			if (risks) await replaceRisks(tx, member.orgId, params.id, risks);
		});
		return {
			action: 'extras',
			saved: { targets: targets?.length ?? null, risks: risks?.length ?? null }
		};
	},
	delete: async ({ request, locals, params }) => {
		const member = requireRole(locals, 'coordinator');
		const t = translator(locals.lang);
		const form = await request.formData();
		if (!z.literal('yes').safeParse(form.get('confirm')).success) {
			return fail(400, { action: 'delete', error: t('plans.delete.confirmFirst') });
		}
		try {
			await asRequestUser(locals, (tx) => deletePlan(tx, member.orgId, params.id));
		} catch (e) {
			if (['23001', '23503'].includes(sqlState(e) ?? ''))
				return fail(409, { action: 'delete', error: t('plans.delete.hasProgress') });
			throw e;
		}
		redirect(303, '/plans');
	}
};
