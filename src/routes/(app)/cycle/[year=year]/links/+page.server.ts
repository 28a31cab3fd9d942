import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { asRequestUser, sqlState } from '$lib/server/request';
import { cycleOfYear } from '$lib/server/cycle-items';
import { latestRun, roundLinks, stillRunning } from '$lib/server/link-rounds';
import { enqueue } from '$lib/server/jobs';
import { recheckLimit } from '$lib/server/recheck-limit';
import { failure } from '$lib/server/forms';
import { translator } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { cycle } = await parent();
	return asRequestUser(
		locals,
		async (tx) => ({ links: await roundLinks(tx, cycle.id), run: await latestRun(tx, cycle.id) }),
		{ readOnly: true }
	);
};

export const actions: Actions = {
	/** Starts a check of every link of the round (coordinators: the database decides). */
	checkAll: async ({ locals, params }) => {
		const { member, user } = locals;
		if (!member || !user) error(403, 'Forbidden');
		const t = translator(locals.lang);
		if (!recheckLimit.take(user.id))
			return failure(429, { action: 'checkAll', errors: { form: t('links.tooMany') } });
		try {
			const runId = await asRequestUser(locals, async (tx) => {
				const cycle = await cycleOfYear(tx, member.orgId, Number(params.year));
				if (!cycle) error(404, 'Not found');
				const run = await latestRun(tx, cycle.id);
				if (stillRunning(run)) return null;
				const [created] = await tx.query<{ id: string }>(
					'insert into public.link_check_runs (org_id, cycle_id) values ($1, $2) returning id',
					[member.orgId, cycle.id]
				);
				return created.id;
			});
			if (runId) await enqueue('link-check-run', { runId });
			return { action: 'checkAll', started: Boolean(runId) };
		} catch (e) {
			if (sqlState(e) !== '42501') throw e;
			return failure(403, { action: 'checkAll', errors: { form: t('item.notAllowed') } });
		}
	}
};
