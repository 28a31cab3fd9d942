import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { withAnon } from '$lib/server/db/with-user';
import { catalogDocument } from '$lib/server/catalogs';

/** One fiscal year's checklist as a flat list of items: public and cacheable. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const doc = await withAnon(locals.db, (tx) => catalogDocument(tx, Number(params.year)));
	if (!doc) error(404, 'No checklist for this fiscal year');
	return new Response(doc, {
		headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=3600' }
	});
};
