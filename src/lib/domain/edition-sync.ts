/**
 * Updating an edition in place from a file: items are matched by code. An item whose code is in
 * both is kept (its work stays with it) and changed where the file differs; a code only in the
 * file is added; a code only in the edition is removed. Renumbering is done in the editor, where
 * the item keeps its identity, not by a file.
 */
import type { CatalogDefinition, CatalogItem } from './catalog';
import { itemsOf } from './item-mapping';

type Edition = Pick<CatalogDefinition, 'indicators'>;

export interface SyncPlan {
	added: string[];
	changed: string[];
	removed: string[];
	unchanged: number;
}

/** Each item with the place it sits in: indicator, sub-indicator and group names. */
function placed(def: Edition): Map<string, { item: CatalogItem; place: string }> {
	const out = new Map<string, { item: CatalogItem; place: string }>();
	for (const ind of def.indicators)
		for (const sub of ind.subIndicators)
			for (const g of sub.groups)
				for (const item of g.items)
					out.set(item.code, { item, place: `${ind.code}/${sub.code}/${g.nameTh}` });
	return out;
}

const comparable = (i: CatalogItem, place: string) =>
	JSON.stringify([
		place,
		i.nameTh,
		i.nameEn,
		i.periodRule,
		i.allowsNothingToReport,
		i.nothingToReportHow ?? '',
		i.noteTh ?? '',
		i.elements
	]);

/** What writing `next` over `current` does to its items, in the order of `next` (removed: of `current`). */
export function planSync(current: Edition, next: Edition): SyncPlan {
	const before = placed(current);
	const after = placed(next);
	const plan: SyncPlan = { added: [], changed: [], removed: [], unchanged: 0 };
	for (const [code, { item, place }] of after) {
		const old = before.get(code);
		if (!old) plan.added.push(code);
		else if (comparable(old.item, old.place) !== comparable(item, place)) plan.changed.push(code);
		else plan.unchanged++;
	}
	plan.removed = itemsOf(current)
		.map((i) => i.code)
		.filter((c) => !after.has(c));
	return plan;
}
