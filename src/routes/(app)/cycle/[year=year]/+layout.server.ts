import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { cachedRead } from '$lib/server/read-cache';
import { cycleOfYear } from '$lib/server/cycle-items';
import * as editions from '$lib/server/editions';

/** Pages of one fiscal year's cycle of the caller's organisation. */
export const load: LayoutServerLoad = async ({ locals, params }) => {
	const member = locals.member;
	if (!member) error(404, 'Not found');
	const found = await cachedRead(locals, `cycle ${params.year}`, async (tx) => {
		const cycle = await cycleOfYear(tx, member.orgId, Number(params.year));
		const edition = cycle && (await editions.get(tx, cycle.catalog_id));
		const origin = edition?.based_on ? await editions.get(tx, edition.based_on) : null;
		return cycle && edition ? { cycle, edition, origin } : null;
	});
	if (!found) error(404, 'No cycle for this fiscal year');
	const { cycle, edition, origin } = found;
	return {
		cycle,
		edition: {
			id: edition.id,
			status: edition.status,
			title_th: edition.title_th,
			title_en: edition.title_en,
			origin: origin && { fiscal_year: origin.fiscal_year, status: origin.status }
		}
	};
};
