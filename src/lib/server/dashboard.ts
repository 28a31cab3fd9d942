import type { Tx } from './db/port';
import type { CycleRef } from './cycle-items';
import { cycleReadiness } from './readiness';
import { snapshots } from './snapshots';
import { latestSignoff } from './signoffs';
import { cycleToday } from '$lib/domain/fiscal';
import { atRisk, divisionStatus } from '$lib/domain/dashboard';

/** Everything the readiness dashboard shows, read in the caller's one transaction. */
export async function dashboardData(tx: Tx, cycle: CycleRef, now: Date) {
	const today = cycleToday(cycle, now);
	const readiness = await cycleReadiness(tx, cycle);
	const history = await snapshots(tx, cycle.id);
	const signoff = await latestSignoff(tx, cycle.id);
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
}
