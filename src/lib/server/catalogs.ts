import type { CatalogItemDetail } from '$lib/domain/catalog';

export type { CatalogItemDetail };
import type { Tx } from './db/port';

export interface CatalogSummary {
	fiscal_year: number;
	status: string;
	title_th: string;
	title_en: string;
	items: number;
}

/** The shipped editions, one per fiscal year (the public API's list). */
export function listCatalogs(tx: Tx): Promise<CatalogSummary[]> {
	return tx.query<CatalogSummary & Record<string, unknown>>(
		`select c.fiscal_year, c.status, c.title_th, c.title_en,
			(select count(*) from public.catalog_items i where i.catalog_id = c.id)::int as items
		 from public.catalogs c where c.org_id is null order by c.fiscal_year desc`
	);
}

/** Every item of an edition in order, with its place in the tree and elements. */
export async function catalogItems(
	tx: Tx,
	editionId: string,
	code: string | null = null
): Promise<CatalogItemDetail[]> {
	return tx.query<CatalogItemDetail & Record<string, unknown>>(
		`select i.id, i.code, ind.code as indicator, s.code as sub_indicator, g.name_th as "group",
			g.name_en as group_en, i.name_th, i.name_en, i.period_rule,
			i.allows_nothing_to_report, i.nothing_to_report_how, i.note_th,
			ind.name_th as indicator_name_th, ind.name_en as indicator_name_en,
			s.name_th as sub_indicator_name_th, s.name_en as sub_indicator_name_en,
			coalesce((select array_agg(e.text_th order by e.position) from public.catalog_elements e
				where e.item_id = i.id), '{}') as elements
		 from public.catalog_items i
		 join public.catalog_groups g on g.id = i.group_id
		 join public.catalog_sub_indicators s on s.id = g.sub_indicator_id
		 join public.catalog_indicators ind on ind.id = s.indicator_id
		 where i.catalog_id = $1 and ($2::text is null or i.code = $2)
		 order by i.position`,
		[editionId, code]
	);
}

/** The public API answer of a year's shipped edition, as stored JSON text (null when none). */
export async function catalogDocument(tx: Tx, fiscalYear: number): Promise<string | null> {
	const [row] = await tx.query<{ doc: string }>(
		`select api_document::text as doc from public.catalogs
		 where fiscal_year = $1 and org_id is null
		 order by case status when 'official' then 0 else 1 end limit 1`,
		[fiscalYear]
	);
	return row?.doc ?? null;
}
