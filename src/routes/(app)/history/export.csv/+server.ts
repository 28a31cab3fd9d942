import type { RequestHandler } from './$types';
import { asRequestUser, requireRole } from '$lib/server/request';
import { orgLog } from '$lib/server/audit';
import { toCsv } from '$lib/csv';
import { translator } from '$lib/i18n';
import { formatThaiDateTime } from '$lib/domain/thai-date';
import { fieldChanges, tableLabel } from '$lib/audit-text';
import { logFilter } from '../filter';

/**
 * The filtered change log as CSV (UTF-8 with BOM, so Excel shows Thai): one row per changed
 * field, in the reader's language, Bangkok time with the Buddhist-era year; links as stored
 * (percent-encoded, the form ITAS accepts). Ids and the UTC time trail for those who need them.
 */
export const GET: RequestHandler = async ({ locals, url }) => {
	const member = requireRole(locals, 'coordinator');
	const lang = locals.lang;
	const t = translator(lang);
	const entries = await asRequestUser(locals, (tx) =>
		orgLog(tx, member.orgId, logFilter(url, 100_000))
	);
	const header = [
		...(
			[
				'at',
				'item',
				'year',
				'division',
				'person',
				'table',
				'op',
				'field',
				'before',
				'after'
			] as const
		).map((k) => t(`log.csv.${k}`)),
		'at_utc',
		'actor',
		'record_id',
		'log_id'
	];
	const rows = entries.flatMap((e) => {
		const at = new Date(e.at);
		const lead = [
			formatThaiDateTime(at, lang),
			e.item_code ?? '',
			e.fiscal_year ? String(e.fiscal_year) : '',
			e.division_name ?? '',
			e.actor_name ?? t('history.system'),
			tableLabel(e.table_name, t),
			t(`history.op.${e.op}`)
		];
		const trail = [at.toISOString(), e.actor_label, e.record_id, String(e.id)];
		const fields = fieldChanges(e, t, lang, 'file');
		return fields.length
			? fields.map((f) => [...lead, f.label, f.before, f.after, ...trail])
			: [[...lead, '', '', '', ...trail]];
	});
	return new Response(toCsv([header, ...rows]), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': 'attachment; filename="change-log.csv"',
			'Cache-Control': 'no-store'
		}
	});
};
