import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/request';
import { cachedRead } from '$lib/server/read-cache';
import { dashboardData } from '$lib/server/dashboard';
import { cycleToday } from '$lib/domain/fiscal';
import { dashboardActions } from './actions';

/**
 * Readiness against the target, for executives, coordinators and viewers: one read-only
 * transaction, kept until the next write or the next day. The trend's points are recorded by the
 * writes that change readiness.
 */
export const load: PageServerLoad = async ({ locals, parent }) => {
	requireRole(locals, 'coordinator', 'executive', 'viewer');
	const { cycle } = await parent();
	const now = new Date();
	return cachedRead(locals, `dashboard ${cycle.id} ${cycleToday(cycle, now)}`, (tx) =>
		dashboardData(tx, cycle, now)
	);
};

export const actions: Actions = dashboardActions;
