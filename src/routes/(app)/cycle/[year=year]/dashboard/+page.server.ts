import { randomUUID } from 'node:crypto';
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
	const data = await cachedRead(locals, `dashboard ${cycle.id} ${cycleToday(cycle, now)}`, (tx) =>
		dashboardData(tx, cycle, now)
	);
	// A fresh key per sign-off form: sending the same form twice records one sign-off.
	return { ...data, signoffKey: randomUUID() };
};

export const actions: Actions = dashboardActions;
