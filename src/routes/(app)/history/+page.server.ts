import type { PageServerLoad } from './$types';
import { asRequestUser, requireRole } from '$lib/server/request';
import { orgLog } from '$lib/server/audit';
import { logFilter, TABLES } from './filter';

const PAGE = 100;

export const load: PageServerLoad = async ({ locals, url }) => {
	const member = requireRole(locals, 'coordinator');
	const filter = logFilter(url, PAGE);
	const entries = await asRequestUser(locals, (tx) => orgLog(tx, member.orgId, filter));
	const next = new URLSearchParams(url.searchParams);
	next.set('before', String(entries.at(-1)?.id ?? ''));
	return {
		entries,
		filter,
		tables: TABLES,
		query: url.search,
		older: entries.length === PAGE ? `?${next}` : null
	};
};
