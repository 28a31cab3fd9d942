import type { RequestHandler } from './$types';
import { apiGet } from '$lib/server/api/respond';
import { cycleJson } from '$lib/server/api/readiness-json';
import { listCycles } from '$lib/server/cycles';

/** The cycles of the caller's organisation, newest fiscal year first. */
export const GET: RequestHandler = ({ locals }) =>
	apiGet(locals, async (tx, member) =>
		member ? (await listCycles(tx, member.orgId)).map(cycleJson) : []
	);
