import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { asRequestUser } from '$lib/server/request';
import * as editions from '$lib/server/editions';
import { xlsxFile, XLSX_TYPE } from '$lib/server/edition-files';

/** The edition as the import template fills it: importing this file gives the same edition. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const def = await asRequestUser(locals, (tx) => editions.definition(tx, params.id));
	if (!def) error(404, 'No such edition');
	return new Response((await xlsxFile(def)) as BodyInit, {
		headers: {
			'content-type': XLSX_TYPE,
			'content-disposition': `attachment; filename="oit-${def.fiscalYear}-${def.status}.xlsx"`
		}
	});
};
