import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { asRequestUser } from '$lib/server/request';
import * as editions from '$lib/server/editions';
import { toJson } from '$lib/domain/edition-json';

/** The edition as JSON (format ita-readiness/edition, version 1): it imports back unchanged. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const def = await asRequestUser(locals, (tx) => editions.definition(tx, params.id));
	if (!def) error(404, 'No such edition');
	return new Response(toJson(def), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="oit-${def.fiscalYear}-${def.status}.json"`
		}
	});
};
