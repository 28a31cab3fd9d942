import type { PageServerLoad } from './$types';
import { withAnon } from '$lib/server/db/with-user';
import { catalogItems, listCatalogs } from '$lib/server/catalogs';
import * as editions from '$lib/server/editions';
import { buildTree } from '$lib/catalog-tree';

/**
 * The public catalogue browser: a year's shipped edition (official before provisional) with its
 * status and source; a year without one says so and points to the newest there is.
 */
export const load: PageServerLoad = async ({ locals, params }) => {
	const year = Number(params.year);
	return withAnon(locals.db, async (tx) => {
		const years = (await listCatalogs(tx)).map((c) => c.fiscal_year);
		const edition = await editions.shippedFor(tx, year);
		if (!edition) return { year, years, edition: null, tree: [] };
		return { year, years, edition, tree: buildTree(await catalogItems(tx, edition.id)) };
	});
};
