import { randomUUID } from 'node:crypto';
import type { Actions, PageServerLoad } from './$types';
import { readAsRequestUser, requireRole } from '$lib/server/request';
import { dashboardData } from '$lib/server/dashboard';
import { dashboardActions } from './actions';

/**
 * Readiness against the target, for executives, coordinators and viewers: one read-only
 * transaction. The trend's points are recorded by the writes that change readiness.
 */
export const load: PageServerLoad = async ({ locals, parent }) => {
	requireRole(locals, 'coordinator', 'executive', 'viewer');
	const { cycle } = await parent();
	const data = await readAsRequestUser(locals, (tx) => dashboardData(tx, cycle, new Date()));
	// A fresh key per sign-off form: sending the same form twice records one sign-off.
	return { ...data, signoffKey: randomUUID() };
};

export const actions: Actions = dashboardActions;
