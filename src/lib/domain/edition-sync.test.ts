import { describe, expect, it } from 'vitest';
import { planSync } from './edition-sync';
import type { CatalogDefinition, CatalogItem } from './catalog';

const item = (code: string, extra: Partial<CatalogItem> = {}): CatalogItem => ({
	code,
	nameTh: `ข้อ ${code}`,
	nameEn: '',
	periodRule: 'current',
	allowsNothingToReport: false,
	elements: ['องค์ประกอบ'],
	...extra
});

const edition = (groups: Record<string, CatalogItem[]>): Pick<CatalogDefinition, 'indicators'> => ({
	indicators: [
		{
			code: '9',
			nameTh: 'การเปิดเผยข้อมูล',
			nameEn: '',
			subIndicators: [
				{
					code: '9.1',
					nameTh: 'ข้อมูลพื้นฐาน',
					nameEn: '',
					groups: Object.entries(groups).map(([nameTh, items]) => ({ nameTh, nameEn: '', items }))
				}
			]
		}
	]
});

describe('planSync', () => {
	const current = edition({ ก: [item('o1'), item('o2'), item('o3')] });

	it('matches items by code: changed, added, removed and unchanged', () => {
		const next = edition({
			ก: [item('o1', { nameTh: 'ชื่อใหม่' }), item('o3'), item('o4')]
		});
		expect(planSync(current, next)).toEqual({
			added: ['o4'],
			changed: ['o1'],
			removed: ['o2'],
			unchanged: 1
		});
	});

	it('an item moved to another group, a new period rule or element is a change', () => {
		const next = edition({
			ก: [item('o1', { periodRule: 'previous' })],
			ข: [item('o2'), item('o3', { elements: ['องค์ประกอบ', 'เพิ่ม'] })]
		});
		expect(planSync(current, next).changed).toEqual(['o1', 'o2', 'o3']);
	});

	it('the same list is no change at all', () => {
		expect(planSync(current, structuredClone(current))).toEqual({
			added: [],
			changed: [],
			removed: [],
			unchanged: 3
		});
	});
});
