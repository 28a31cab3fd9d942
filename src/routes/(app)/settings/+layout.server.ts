import type { LayoutServerLoad } from './$types';
import { requireRole } from '$lib/server/request';

/** Organisation settings are the coordinator's; RLS refuses anyone else's writes as well. */
export const load: LayoutServerLoad = ({ locals }) => {
	requireRole(locals, 'coordinator');
};
