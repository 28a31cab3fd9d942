import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { readAsRequestUser } from '$lib/server/request';
import { cycleOfYear } from '$lib/server/cycle-items';

/** Pages of one fiscal year's cycle of the caller's organisation. */
export const load: LayoutServerLoad = async ({ locals, params }) => {
	const member = locals.member;
	if (!member) error(404, 'Not found');
	const cycle = await readAsRequestUser(locals, (tx) =>
		cycleOfYear(tx, member.orgId, Number(params.year))
	);
	if (!cycle) error(404, 'No cycle for this fiscal year');
	return { cycle };
};
