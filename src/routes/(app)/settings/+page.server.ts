import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** Settings open on the divisions, the first thing a new organisation sets up. */
export const load: PageServerLoad = () => redirect(303, '/settings/divisions');
