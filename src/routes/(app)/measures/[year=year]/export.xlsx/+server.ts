import type { RequestHandler } from './$types';
import { XLSX_TYPE } from '$lib/server/matrix-files';
import { measuresXlsx } from '$lib/server/measure-files';
import { measureSheetRows } from '$lib/domain/measure-sheet';
import { formatThaiDate } from '$lib/domain/thai-date';
import { translator } from '$lib/i18n';
import { loadMeasures } from '../load.server';

/** The year's measures and results as an Excel workbook, for any member of the organisation. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const data = await loadMeasures(locals, params.year);
	const t = translator('th');
	const rows = measureSheetRows(data.measures, new Map(data.divisions.map((d) => [d.id, d.name])), {
		allDivisions: t('measures.allDivisions'),
		status: (s) => t(`measures.status.${s}`),
		evidence: (e) =>
			e.kind === 'url'
				? (e.url ?? '')
				: e.order_date
					? t('measures.evidence.orderDated', {
							no: e.order_no ?? '',
							date: formatThaiDate(e.order_date)
						})
					: t('measures.evidence.orderText', { no: e.order_no ?? '' })
	});
	const body = await measuresXlsx(rows, `มาตรการ ${params.year}`);
	const thai = encodeURIComponent(`มาตรการส่งเสริมคุณธรรมและความโปร่งใส ${params.year}.xlsx`);
	return new Response(body as BodyInit, {
		headers: {
			'content-type': XLSX_TYPE,
			'content-disposition': `attachment; filename="integrity-measures-${params.year}.xlsx"; filename*=UTF-8''${thai}`,
			'cache-control': 'private, no-store'
		}
	});
};
