import type { RequestHandler } from './$types';
import { xlsxFile, XLSX_TYPE } from '$lib/server/matrix-files';
import { attachment, exportRows } from '../export.server';

/** The matrix as an Excel workbook: a header row, wrapped Thai text, due dates as date cells. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const rows = await exportRows(locals, params.year);
	const body = await xlsxFile(rows, `OIT ${params.year}`);
	return new Response(body as BodyInit, {
		headers: {
			'content-type': XLSX_TYPE,
			'content-disposition': attachment(params.year, 'xlsx'),
			'cache-control': 'private, no-store'
		}
	});
};
