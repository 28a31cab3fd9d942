import { error } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import type { Actions, PageServerLoad } from './$types';
import { asRequestUser } from '$lib/server/request';
import { itemView } from '$lib/server/cycle-items';
import { cycleToday } from '$lib/domain/fiscal';
import { documentFor, documentHref } from '$lib/domain/oit-documents';
import { planForYear } from '$lib/server/plans';
import { evidenceActions } from './evidence-actions';
import { partActions } from './part-actions';
import { linkActions } from './link-actions';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { cycle } = await parent();
	const { view, planId } = await asRequestUser(locals, async (tx) => {
		const view = await itemView(tx, cycle, params.code);
		const wantsPlan = view && documentFor(view.item.name_th)?.startsWith('plan');
		const planId =
			wantsPlan && locals.member
				? await planForYear(tx, locals.member.orgId, cycle.fiscal_year)
				: null;
		return { view, planId };
	});
	if (!view) error(404, 'No such item in this checklist');
	const doc = documentFor(view.item.name_th);
	// A fresh key per add-evidence form: submitting the same rendered form twice adds one row.
	const clientKeys = Object.fromEntries(view.parts.map((p) => [p.id, randomUUID()]));
	return {
		...view,
		clientKeys,
		today: cycleToday(cycle, new Date()),
		document: doc && { kind: doc, href: documentHref(doc, cycle.fiscal_year, planId) }
	};
};

export const actions: Actions = { ...evidenceActions, ...partActions, ...linkActions };
