/**
 * What changed between two editions, item by item, along a mapping (`item-mapping.ts`): names,
 * required elements (old texts moved to the new year first, so "ปี ๒๕๖๕" → "ปี ๒๕๖๖" is no
 * change) and period rules.
 */
import type { CatalogDefinition, CatalogItem } from './catalog';
import { itemsOf, normaliseItemName, type MappingEntry, type MappingKind } from './item-mapping';
import { shiftYears } from './year-shift';

export interface ItemChange {
	kind: MappingKind;
	from: CatalogItem;
	to: CatalogItem;
	nameChanged: boolean;
	added: string[];
	removed: string[];
	ruleChanged: boolean;
}

type Edition = Pick<CatalogDefinition, 'fiscalYear' | 'indicators'>;

/** Every old → new item pair of the mapping with what changed between them. */
export function itemChanges(from: Edition, to: Edition, entries: MappingEntry[]): ItemChange[] {
	const olds = new Map(itemsOf(from).map((i) => [i.code, i]));
	const news = new Map(itemsOf(to).map((i) => [i.code, i]));
	return entries.flatMap((e) =>
		e.to.flatMap((t) =>
			e.from.map((f) => {
				const a = olds.get(f)!;
				const b = news.get(t)!;
				const moved = a.elements.map((x) => shiftYears(x, from.fiscalYear, to.fiscalYear));
				return {
					kind: e.kind,
					from: a,
					to: b,
					nameChanged: normaliseItemName(a.nameTh) !== normaliseItemName(b.nameTh),
					added: b.elements.filter((x) => !moved.includes(x)),
					removed: moved.filter((x) => !b.elements.includes(x)),
					ruleChanged: a.periodRule !== b.periodRule
				};
			})
		)
	);
}
