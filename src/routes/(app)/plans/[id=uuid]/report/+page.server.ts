import type { PageServerLoad } from './$types';
import { readAsRequestUser } from '$lib/server/request';
import { loadPlanPage } from '$lib/server/plan-page';

/** The printable documents: the plan itself, or its 6-month / annual progress report. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const member = locals.member!;
	const page = await readAsRequestUser(locals, (tx) =>
		loadPlanPage(tx, member.orgId, params.id, url)
	);
	return {
		...page,
		doc: docOf(url.searchParams.get('doc')),
		orgName: member.orgName
	};
};

function docOf(param: string | null): 'plan' | 'risks' | 'progress' {
	return param === 'plan' || param === 'risks' ? param : 'progress';
}
