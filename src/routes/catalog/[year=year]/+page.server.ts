import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { withAnon } from '$lib/server/db/with-user';
import { catalogItems, listCatalogs } from '$lib/server/catalogs';
import { buildTree } from '$lib/catalog-tree';

/** The public catalogue browser: indicators → sub-indicators → items with elements and period rule. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const year = Number(params.year);
	const [catalogs, items] = await withAnon(
		locals.db,
		async (tx) => [await listCatalogs(tx), await catalogItems(tx, year)] as const
	);
	const catalog = catalogs.find((c) => c.fiscal_year === year);
	if (!catalog) error(404, 'No checklist for this fiscal year');
	return { catalog, years: catalogs.map((c) => c.fiscal_year), tree: buildTree(items) };
};
