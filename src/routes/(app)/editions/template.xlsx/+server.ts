import type { RequestHandler } from './$types';
import { xlsxFile, XLSX_TYPE } from '$lib/server/edition-files';

/** The empty edition workbook: headers, an edition sheet to fill and Thai instructions. */
export const GET: RequestHandler = async () =>
	new Response((await xlsxFile(null)) as BodyInit, {
		headers: {
			'content-type': XLSX_TYPE,
			'content-disposition': 'attachment; filename="oit-edition-template.xlsx"'
		}
	});
