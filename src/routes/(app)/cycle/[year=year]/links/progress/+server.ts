import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { asRequestUser } from '$lib/server/request';
import { cycleOfYear } from '$lib/server/cycle-items';
import { latestRun } from '$lib/server/link-rounds';

/** The round's newest "check all" run, for the progress bar while it works. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const member = locals.member;
	if (!member) error(404, 'Not found');
	const run = await asRequestUser(
		locals,
		async (tx) => {
			const cycle = await cycleOfYear(tx, member.orgId, Number(params.year));
			return cycle ? latestRun(tx, cycle.id) : null;
		},
		{ readOnly: true }
	);
	return json(run && { total: run.total, done: run.done, finished: Boolean(run.finished_at) }, {
		headers: { 'cache-control': 'no-store' }
	});
};
