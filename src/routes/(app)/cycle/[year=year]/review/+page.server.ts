import type { PageServerLoad } from './$types';
import { asRequestUser, requireRole } from '$lib/server/request';
import { reviewQueue } from '$lib/server/parts';
import { cycleToday } from '$lib/domain/fiscal';

export const load: PageServerLoad = async ({ locals, parent }) => {
	requireRole(locals, 'coordinator');
	const { cycle } = await parent();
	const queue = await asRequestUser(locals, (tx) => reviewQueue(tx, cycle.id));
	return { queue, today: cycleToday(cycle, new Date()) };
};
