import type { PageServerLoad } from './$types';
import { asRequestUser } from '$lib/server/request';
import { workOfDivisions } from '$lib/server/parts';
import { cycleToday } from '$lib/domain/fiscal';

/** A contributor's parts across their divisions, soonest due first. */
export const load: PageServerLoad = async ({ locals }) => {
	const member = locals.member;
	const now = new Date();
	if (!member || !member.divisionIds.length) {
		return { work: [], today: cycleToday({ as_of: null }, now), bound: false };
	}
	const work = await asRequestUser(locals, (tx) =>
		workOfDivisions(tx, member.orgId, member.divisionIds)
	);
	// A demo or training cycle counts from its frozen date.
	return { work, today: cycleToday({ as_of: work[0]?.as_of ?? null }, now), bound: true };
};
