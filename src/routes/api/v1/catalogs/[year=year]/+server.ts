import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { withAnon } from '$lib/server/db/with-user';
import { catalogItems, toApiRow } from '$lib/server/catalogs';

/** One fiscal year's checklist as a flat list of items: public and cacheable. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const items = await withAnon(locals.db, (tx) => catalogItems(tx, Number(params.year)));
	if (!items.length) error(404, 'No checklist for this fiscal year');
	return json(items.map(toApiRow), { headers: { 'Cache-Control': 'public, max-age=3600' } });
};
