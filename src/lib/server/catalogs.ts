import type { CatalogItemDetail } from '$lib/domain/catalog';

export type { CatalogItemDetail };
import type { Tx } from './db/port';

export interface CatalogSummary {
	fiscal_year: number;
	title_th: string;
	title_en: string;
	items: number;
}

export function listCatalogs(tx: Tx): Promise<CatalogSummary[]> {
	return tx.query<CatalogSummary & Record<string, unknown>>(
		`select c.fiscal_year, c.title_th, c.title_en,
			(select count(*) from public.catalog_items i where i.catalog_id = c.id)::int as items
		 from public.catalogs c order by c.fiscal_year desc`
	);
}

/** Every item of a fiscal year's checklist in order, with its place in the tree and elements. */
export async function catalogItems(
	tx: Tx,
	fiscalYear: number,
	code: string | null = null
): Promise<CatalogItemDetail[]> {
	return tx.query<CatalogItemDetail & Record<string, unknown>>(
		`select i.id, i.code, ind.code as indicator, s.code as sub_indicator, g.name_th as "group",
			g.name_en as group_en, i.name_th, i.name_en, i.period_rule, i.monthly,
			i.allows_nothing_to_report, i.note_th,
			ind.name_th as indicator_name_th, ind.name_en as indicator_name_en,
			s.name_th as sub_indicator_name_th, s.name_en as sub_indicator_name_en,
			coalesce((select array_agg(e.text_th order by e.position) from public.catalog_elements e
				where e.item_id = i.id), '{}') as elements
		 from public.catalog_items i
		 join public.catalogs c on c.id = i.catalog_id
		 join public.catalog_groups g on g.id = i.group_id
		 join public.catalog_sub_indicators s on s.id = g.sub_indicator_id
		 join public.catalog_indicators ind on ind.id = s.indicator_id
		 where c.fiscal_year = $1 and ($2::text is null or i.code = $2)
		 order by i.position`,
		[fiscalYear, code]
	);
}

/** The public API answer of a year, as stored JSON text (null when there is no such checklist). */
export async function catalogDocument(tx: Tx, fiscalYear: number): Promise<string | null> {
	const [row] = await tx.query<{ doc: string }>(
		'select api_document::text as doc from public.catalogs where fiscal_year = $1',
		[fiscalYear]
	);
	return row?.doc ?? null;
}
