import type { PageServerLoad } from './$types';
import { withUser } from '$lib/server/db/with-user';
import { listCycles } from '$lib/server/cycles';
import { listDivisions } from '$lib/server/divisions';
import { listMembers } from '$lib/server/members';

export const load: PageServerLoad = async ({ locals }) => {
	const member = locals.member;
	const user = locals.user!;
	if (!member) return { cycles: [], divisionCount: 0, memberCount: 0 };
	return withUser(locals.db, { sub: user.id, role: 'authenticated' }, async (tx) => {
		const [cycles, divisions, members] = [
			await listCycles(tx, member.orgId),
			await listDivisions(tx, member.orgId),
			await listMembers(tx, member.orgId)
		];
		return {
			cycles,
			divisionCount: divisions.filter((d) => !d.archived_at).length,
			memberCount: members.length
		};
	});
};
