import type { RequestHandler } from './$types';
import { apiGet, cycleById } from '$lib/server/api/respond';
import { itemsJson } from '$lib/server/api/readiness-json';
import { cycleReadiness } from '$lib/server/readiness';

/** Every item of a cycle with its status, score, due date and owners, in catalogue order. */
export const GET: RequestHandler = ({ locals, params }) =>
	apiGet(locals, async (tx, member) => {
		const cycle = await cycleById(tx, member, params.id);
		return cycle ? itemsJson(await cycleReadiness(tx, cycle)) : null;
	});
