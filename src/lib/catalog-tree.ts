import type { CatalogItemDetail } from '$lib/domain/catalog';

export interface TreeSub {
	code: string;
	nameTh: string;
	nameEn: string;
	groups: { nameTh: string; nameEn: string; items: CatalogItemDetail[] }[];
	count: number;
}
export interface TreeIndicator {
	code: string;
	nameTh: string;
	nameEn: string;
	subs: TreeSub[];
	count: number;
}

/** Regroups the ordered item list into the checklist's tree for display. */
export function buildTree(items: CatalogItemDetail[]): TreeIndicator[] {
	const tree: TreeIndicator[] = [];
	for (const item of items) {
		let ind = tree.at(-1);
		if (ind?.code !== item.indicator) {
			ind = {
				code: item.indicator,
				nameTh: item.indicator_name_th,
				nameEn: item.indicator_name_en,
				subs: [],
				count: 0
			};
			tree.push(ind);
		}
		let sub = ind.subs.at(-1);
		if (sub?.code !== item.sub_indicator) {
			sub = {
				code: item.sub_indicator,
				nameTh: item.sub_indicator_name_th,
				nameEn: item.sub_indicator_name_en,
				groups: [],
				count: 0
			};
			ind.subs.push(sub);
		}
		let group = sub.groups.at(-1);
		if (group?.nameTh !== item.group) {
			group = { nameTh: item.group, nameEn: item.group_en, items: [] };
			sub.groups.push(group);
		}
		group.items.push(item);
		sub.count++;
		ind.count++;
	}
	return tree;
}

/**
 * An edition whose grouping is not known yet (a provisional one): all its items sit in one
 * placeholder indicator, sub-indicator and group, whose names say only that.
 */
export function isUngrouped(tree: TreeIndicator[]): boolean {
	return tree.length === 1 && tree[0].subs.length === 1 && tree[0].subs[0].groups.length === 1;
}
