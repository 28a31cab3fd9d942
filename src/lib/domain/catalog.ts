/**
 * The shape of an OIT checklist (one per fiscal year). Catalogues are data: each year's definition
 * lives in `src/lib/catalogs/` and is loaded into the database by the catalogue seeder.
 */

/** Which period an item's evidence must cover, for fiscal year Y (ita-reference §2). */
export type PeriodRule = 'current' | 'previous' | 'first_half' | 'none';

export const PERIOD_RULES: readonly PeriodRule[] = ['current', 'previous', 'first_half', 'none'];

export interface CatalogItem {
	/** "o1" … "o43" */
	code: string;
	/** Thai name exactly as published. */
	nameTh: string;
	nameEn: string;
	periodRule: PeriodRule;
	/** Evidence is owed month by month (o23). */
	monthly: boolean;
	/** The criteria accept a "nothing to report" declaration (o21, a month of o23). */
	allowsNothingToReport: boolean;
	/** Required content elements, each one checkable (Thai text). */
	elements: string[];
	/** A footnote of the criteria (the lines marked * in the source), if any. */
	noteTh?: string;
}

export interface CatalogGroup {
	nameTh: string;
	nameEn: string;
	items: CatalogItem[];
}

export interface CatalogSubIndicator {
	/** "9.1" … "10.2" */
	code: string;
	nameTh: string;
	nameEn: string;
	groups: CatalogGroup[];
}

export interface CatalogIndicator {
	/** "9" or "10" */
	code: string;
	nameTh: string;
	nameEn: string;
	subIndicators: CatalogSubIndicator[];
}

export interface CatalogDefinition {
	/** Buddhist-era fiscal year, e.g. 2565. */
	fiscalYear: number;
	titleTh: string;
	titleEn: string;
	indicators: CatalogIndicator[];
}

/** A catalogue item flattened with its place in the tree: the shape of the public API. */
export interface CatalogRow {
	code: string;
	indicator: string;
	sub_indicator: string;
	group: string;
	name_th: string;
	name_en: string;
	period_rule: PeriodRule;
	monthly: boolean;
	elements: string[];
}

/** A catalogue item as stored, with the names of its place in the tree (browser pages). */
export interface CatalogItemDetail extends CatalogRow {
	id: string;
	allows_nothing_to_report: boolean;
	note_th: string | null;
	indicator_name_th: string;
	indicator_name_en: string;
	sub_indicator_name_th: string;
	sub_indicator_name_en: string;
	group_en: string;
}

export function flattenCatalog(def: CatalogDefinition): CatalogRow[] {
	return def.indicators.flatMap((ind) =>
		ind.subIndicators.flatMap((sub) =>
			sub.groups.flatMap((group) =>
				group.items.map((item) => ({
					code: item.code,
					indicator: ind.code,
					sub_indicator: sub.code,
					group: group.nameTh,
					name_th: item.nameTh,
					name_en: item.nameEn,
					period_rule: item.periodRule,
					monthly: item.monthly,
					elements: item.elements
				}))
			)
		)
	);
}
