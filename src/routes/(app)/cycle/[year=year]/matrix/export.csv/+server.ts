import type { RequestHandler } from './$types';
import { csvFile, CSV_TYPE } from '$lib/server/matrix-files';
import { attachment, exportRows } from '../export.server';

/** The matrix as CSV: UTF-8 with a BOM and CRLF, so Excel opens the Thai text as it is. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const rows = await exportRows(locals, params.year);
	return new Response(csvFile(rows), {
		headers: {
			'content-type': CSV_TYPE,
			'content-disposition': attachment(params.year, 'csv'),
			'cache-control': 'private, no-store'
		}
	});
};
