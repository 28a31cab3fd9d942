import type { RequestHandler } from './$types';
import { apiGet, cycleById } from '$lib/server/api/respond';
import { readinessJson } from '$lib/server/api/readiness-json';
import { cycleReadiness } from '$lib/server/readiness';

/** The cycle's scores in both readings, with the ITA projection when IIT/EIT are estimated. */
export const GET: RequestHandler = ({ locals, params }) =>
	apiGet(locals, async (tx, member) => {
		const cycle = await cycleById(tx, member, params.id);
		return cycle ? readinessJson(cycle, await cycleReadiness(tx, cycle)) : null;
	});
