import { error } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import type { Actions, PageServerLoad } from './$types';
import { asRequestUser } from '$lib/server/request';
import { itemView } from '$lib/server/cycle-items';
import { cycleToday } from '$lib/domain/fiscal';
import { evidenceActions } from './evidence-actions';
import { partActions } from './part-actions';
import { linkActions } from './link-actions';

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { cycle } = await parent();
	const view = await asRequestUser(locals, (tx) => itemView(tx, cycle, params.code));
	if (!view) error(404, 'No such item in this checklist');
	// A fresh key per add-evidence form: submitting the same rendered form twice adds one row.
	const clientKeys = Object.fromEntries(view.parts.map((p) => [p.id, randomUUID()]));
	return { ...view, clientKeys, today: cycleToday(cycle, new Date()) };
};

export const actions: Actions = { ...evidenceActions, ...partActions, ...linkActions };
