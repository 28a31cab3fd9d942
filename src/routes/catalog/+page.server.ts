import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { withAnon } from '$lib/server/db/with-user';
import { listCatalogs } from '$lib/server/catalogs';

export const load: PageServerLoad = async ({ locals }) => {
	const [latest] = await withAnon(locals.db, listCatalogs);
	redirect(303, `/catalog/${latest?.fiscal_year ?? 2565}`);
};
