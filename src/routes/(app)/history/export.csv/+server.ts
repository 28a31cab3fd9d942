import type { RequestHandler } from './$types';
import { asRequestUser, requireRole } from '$lib/server/request';
import { orgLog } from '$lib/server/audit';
import { toCsv } from '$lib/csv';
import { logFilter } from '../filter';

/** The filtered change log as CSV (UTF-8 with BOM, so Excel shows Thai), times in UTC. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const member = requireRole(locals, 'coordinator');
	const entries = await asRequestUser(locals, (tx) =>
		orgLog(tx, member.orgId, logFilter(url, 100_000))
	);
	const rows = entries.map((e) => [
		new Date(e.at).toISOString(),
		e.actor_name ?? '',
		e.actor_label,
		e.table_name,
		e.record_id,
		e.op,
		e.old_data ? JSON.stringify(e.old_data) : '',
		e.new_data ? JSON.stringify(e.new_data) : ''
	]);
	const header = ['at_utc', 'actor_name', 'actor', 'table', 'record_id', 'op', 'before', 'after'];
	return new Response(toCsv([header, ...rows]), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': 'attachment; filename="change-log.csv"',
			'Cache-Control': 'no-store'
		}
	});
};
