import type { PageServerLoad } from './$types';
import { asRequestUser, requireRole } from '$lib/server/request';
import { cycleReadiness } from '$lib/server/readiness';
import { latestSignoff } from '$lib/server/signoffs';
import { cycleToday } from '$lib/domain/fiscal';
import { atRisk } from '$lib/domain/dashboard';

/** The executive report: the readiness figures and every item, laid out for A4 paper. */
export const load: PageServerLoad = async ({ locals, parent }) => {
	requireRole(locals, 'coordinator', 'executive', 'viewer');
	const { cycle } = await parent();
	const today = cycleToday(cycle, new Date());
	const [r, signoff] = await asRequestUser(
		locals,
		async (tx) => [await cycleReadiness(tx, cycle), await latestSignoff(tx, cycle.id)] as const
	);
	return {
		today,
		inputs: r.inputs,
		confirmed: r.confirmed,
		pipeline: r.pipeline,
		scheme: r.scheme,
		signoff,
		risks: atRisk(r.items, today),
		items: r.items.map((i) => ({
			code: i.code,
			name_th: i.name_th,
			sub_indicator: i.sub_indicator,
			status: i.readiness.status,
			owners: i.parts.map((p) => p.division_name),
			due_date: i.due_date,
			confirmed: i.score.confirmed,
			pipeline: i.score.pipeline
		}))
	};
};
