import type { PageServerLoad } from './$types';
import { readAsRequestUser } from '$lib/server/request';
import { homeData } from '$lib/server/home';

/** The member's home: the rounds, and what to do next in the current one by role. */
export const load: PageServerLoad = async ({ locals }) => {
	const member = locals.member;
	if (!member) return { home: null };
	return { home: await readAsRequestUser(locals, (tx) => homeData(tx, member, new Date())) };
};
