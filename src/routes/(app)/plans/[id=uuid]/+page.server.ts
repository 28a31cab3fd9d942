import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { asRequestUser, readAsRequestUser, requireRole, sqlState } from '$lib/server/request';
import { loadPlanPage } from '$lib/server/plan-page';
import { deletePlan } from '$lib/server/plans';
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
