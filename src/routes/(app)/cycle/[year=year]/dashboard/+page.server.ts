import type { Actions, PageServerLoad } from './$types';
import { asRequestUser, requireRole } from '$lib/server/request';
import { cycleReadiness } from '$lib/server/readiness';
import { recordSnapshot, snapshots } from '$lib/server/snapshots';
import { latestSignoff } from '$lib/server/signoffs';
import { cycleToday } from '$lib/domain/fiscal';
import { atRisk, divisionStatus } from '$lib/domain/dashboard';
import { dashboardActions } from './actions';

/** Readiness against the target, for executives, coordinators and viewers. */
export const load: PageServerLoad = async ({ locals, parent }) => {
	const member = requireRole(locals, 'coordinator', 'executive', 'viewer');
	const { cycle } = await parent();
	const today = cycleToday(cycle, new Date());
	const readiness = await asRequestUser(locals, (tx) => cycleReadiness(tx, cycle));
	await recordSnapshot(
		locals.db,
		{ orgId: member.orgId, cycleId: cycle.id, day: today },
		readiness
	);
	const [history, signoff] = await asRequestUser(
		locals,
		async (tx) => [await snapshots(tx, cycle.id), await latestSignoff(tx, cycle.id)] as const
	);
	return {
		today,
		inputs: readiness.inputs,
		confirmed: readiness.confirmed,
		pipeline: readiness.pipeline,
		scheme: readiness.scheme,
		finishFirst: readiness.finishFirst.slice(0, 10),
		names: Object.fromEntries(
			readiness.items.map((i) => [i.code, { th: i.name_th, en: i.name_en }])
		),
		atRisk: atRisk(readiness.items, today),
		divisions: divisionStatus(readiness.items),
		history,
		signoff,
		approvedItems: readiness.items.filter((i) => i.readiness.status === 'approved').length
	};
};

export const actions: Actions = dashboardActions;
