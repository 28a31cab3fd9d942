import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { currentFiscalYear } from '$lib/server/rounds';

/** The catalogue of this fiscal year (a year without a shipped edition says so and links on). */
export const load: PageServerLoad = async () => {
	redirect(303, `/catalog/${currentFiscalYear()}`);
};
