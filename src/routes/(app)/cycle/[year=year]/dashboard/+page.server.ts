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
	return readAsRequestUser(locals, (tx) => dashboardData(tx, cycle, new Date()));
};

export const actions: Actions = dashboardActions;
