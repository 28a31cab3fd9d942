/**
 * The shape of an OIT checklist edition: the item list of one fiscal year with that year's scoring
 * rules. Editions are data: the shipped ones live in `src/lib/catalogs/`, organisations copy, edit
 * and import their own (status `custom`).
 */
import type { PeriodRule } from './period-rule';
import type { ScoringScheme } from './scheme';

export type { PeriodRule };

/** official: transcribed from the NACC manual; provisional: partly sourced, to verify; custom: an organisation's. */
export type EditionStatus = 'official' | 'provisional' | 'custom';

export const EDITION_STATUSES: readonly EditionStatus[] = ['official', 'provisional', 'custom'];

export interface CatalogItem {
	/** "o1" … "o43" */
	code: string;
	/** Thai name exactly as published. */
	nameTh: string;
	nameEn: string;
	/** What period the evidence must cover: see `period-rule.ts`. */
	periodRule: PeriodRule;
	/** The criteria accept a "nothing to report" declaration (FY2565 o21, a month of o23). */
	allowsNothingToReport: boolean;
	/** How such a declaration must be published, when the criteria say. */
	nothingToReportHow?: string;
	/** Required content elements, each one checkable (Thai text). Empty when not yet known. */
	elements: string[];
	/** A footnote of the criteria, or what is still to verify. */
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
	status: EditionStatus;
	titleTh: string;
	titleEn: string;
	/** Where the list comes from (manual, agency pages, …). */
	source: string;
	/** What is known to be missing or unverified; shown beside the edition. */
	notes?: string;
	/** Item codes known to exist whose content was not found: shown as gaps, never invented. */
	gaps?: string[];
	scoring: ScoringScheme;
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
	elements: string[];
}

/** A catalogue item as stored, with the names of its place in the tree (browser pages). */
export interface CatalogItemDetail extends CatalogRow {
	id: string;
	allows_nothing_to_report: boolean;
	nothing_to_report_how: string | null;
	note_th: string | null;
	indicator_name_th: string;
	indicator_name_en: string;
	sub_indicator_name_th: string;
	sub_indicator_name_en: string;
	group_en: string;
}

export function flattenCatalog(def: Pick<CatalogDefinition, 'indicators'>): CatalogRow[] {
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
					elements: item.elements
				}))
			)
		)
	);
}
