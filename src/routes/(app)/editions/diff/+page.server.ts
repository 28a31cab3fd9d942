import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { PageServerLoad } from './$types';
import { asRequestUser } from '$lib/server/request';
import * as editions from '$lib/server/editions';
import { itemsOf, proposeMapping } from '$lib/domain/item-mapping';
import { itemChanges } from '$lib/domain/edition-diff';

const id = z.uuid();

/** Two editions side by side: the item mapping, changed names, elements and period rules. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const from = id.safeParse(url.searchParams.get('from'));
	const to = id.safeParse(url.searchParams.get('to'));
	return asRequestUser(locals, async (tx) => {
		const list = (await editions.list(tx))
			.filter((e) => e.items > 0)
			.map((e) => ({
				id: e.id,
				fiscal_year: e.fiscal_year,
				status: e.status,
				title_th: e.title_th,
				title_en: e.title_en
			}));
		if (!from.success || !to.success) return { list, diff: null };
		const [a, b] = await Promise.all([
			editions.definition(tx, from.data),
			editions.definition(tx, to.data)
		]);
		if (!a || !b) error(404, 'Edition not found');
		const entries = proposeMapping(a, b);
		const strip = (d: typeof a) => ({
			fiscalYear: d.fiscalYear,
			status: d.status,
			titleTh: d.titleTh,
			titleEn: d.titleEn
		});
		const names = (d: typeof a) =>
			Object.fromEntries(itemsOf(d).map((i) => [i.code, { nameTh: i.nameTh, nameEn: i.nameEn }]));
		return {
			list,
			diff: {
				olds: names(a),
				news: names(b),
				fromId: from.data,
				toId: to.data,
				from: strip(a),
				to: strip(b),
				entries,
				changes: itemChanges(a, b, entries)
			}
		};
	});
};
