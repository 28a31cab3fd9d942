import { hasEstimates } from '$lib/domain/scoring';
import type { Tx } from './db/port';
import { listCycles } from './cycles';
import { cycleOfYear } from './cycle-items';
import { listDivisions } from './divisions';
import { listMembers } from './members';
import { workOfDivisions } from './parts';
import { cycleReadiness } from './readiness';
import { latestSignoff } from './signoffs';
import { cycleToday } from '$lib/domain/fiscal';
import type { CycleScore } from '$lib/domain/scoring';
import { atRisk, needsOwner } from '$lib/domain/dashboard';
import { contributorNext, coordinatorNext, firstSteps } from '$lib/domain/home';

/**
 * What the signed-in member's home page shows, read in the caller's one transaction: the
 * rounds, and for the current round what to do next by role.
 */
export async function homeData(tx: Tx, member: Member, now: Date) {
	const cycles = await listCycles(tx, member.orgId);
	const cycle = member.cycleYear ? await cycleOfYear(tx, member.orgId, member.cycleYear) : null;
	const today = cycleToday(cycle ?? { as_of: null }, now);
	if (member.role === 'contributor') {
		const work = member.divisionIds.length
			? await workOfDivisions(tx, member.orgId, member.divisionIds)
			: [];
		const current = work.filter((w) => w.fiscal_year === cycle?.fiscal_year);
		return { cycles, today, contributor: contributorNext(current, today) };
	}
	const divisions = (await listDivisions(tx, member.orgId)).filter((d) => !d.archived_at).length;
	const members = (await listMembers(tx, member.orgId)).length;
	if (!cycle) return { cycles, today, divisions, members };
	const readiness = await cycleReadiness(tx, cycle);
	const names = Object.fromEntries(
		readiness.items.map((i) => [i.code, { th: i.name_th, en: i.name_en }])
	);
	const assignedItems = readiness.items.filter((i) => !needsOwner(i.parts)).length;
	const summary = {
		names,
		today,
		itemCount: readiness.items.length,
		atRisk: atRisk(readiness.items, today).length,
		confirmed: readiness.confirmed.oit,
		pipeline: readiness.pipeline.oit,
		target: readiness.inputs.target
	};
	if (member.role === 'coordinator') {
		return {
			cycles,
			today,
			divisions,
			members,
			summary,
			steps: firstSteps({ divisions, members, assignedItems }),
			coordinator: coordinatorNext(readiness.items, today)
		};
	}
	return {
		cycles,
		today,
		divisions,
		members,
		summary,
		executive: {
			confirmed: brief(readiness.confirmed),
			pipeline: brief(readiness.pipeline),
			estimates: hasEstimates(readiness.inputs),
			finishFirst: readiness.finishFirst.slice(0, 5),
			signoff: await latestSignoff(tx, cycle.id)
		}
	};
}

const brief = (s: CycleScore) => ({ oit: s.oit, ita: s.ita, passes: s.passes, band: s.band });
