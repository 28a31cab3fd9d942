import type { PageServerLoad } from './$types';
import { asRequestUser, requireRole } from '$lib/server/request';
import { orgLog } from '$lib/server/audit';
import { logFilter, TABLES } from './filter';

export const load: PageServerLoad = async ({ locals, url }) => {
	const member = requireRole(locals, 'coordinator');
	const filter = logFilter(url, 500);
	const entries = await asRequestUser(locals, (tx) => orgLog(tx, member.orgId, filter));
	return { entries, filter, tables: TABLES, query: url.search };
};
