import type { PageServerLoad } from './$types';
import { bangkokDate } from '$lib/domain/fiscal';
import { loadMeasures } from '../load.server';

/**
 * The year's measures as a printable A4 document in the layout of the organisation's own report:
 * without `results=1` the measures (FY2565 o42), with it the results report (o43).
 */
export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...(await loadMeasures(locals, params.year)),
	results: url.searchParams.get('results') === '1',
	today: bangkokDate(new Date())
});
