import type { PageServerLoad } from './$types';
import { asRequestUser } from '$lib/server/request';
import { workOfDivisions } from '$lib/server/parts';
import { bangkokDate } from '$lib/domain/fiscal';

/** A contributor's parts across their divisions, soonest due first. */
export const load: PageServerLoad = async ({ locals }) => {
	const member = locals.member;
	const today = bangkokDate(new Date());
	if (!member || !member.divisionIds.length) return { work: [], today, bound: false };
	const work = await asRequestUser(locals, (tx) =>
		workOfDivisions(tx, member.orgId, member.divisionIds)
	);
	return { work, today, bound: true };
};
