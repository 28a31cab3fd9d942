import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { withAnon } from '$lib/server/db/with-user';
import { listCatalogs } from '$lib/server/catalogs';

/** The published checklists: public reference data. */
export const GET: RequestHandler = async ({ locals }) => {
	const catalogs = await withAnon(locals.db, listCatalogs);
	return json(
		catalogs.map((c) => ({ ...c, href: `/api/v1/catalogs/${c.fiscal_year}` })),
		{ headers: { 'Cache-Control': 'public, max-age=3600' } }
	);
};
