import { describe, it, expect } from 'vitest';
import type { CatalogDefinition, CatalogItem } from '$lib/domain/catalog';
import { isPeriodRule } from '$lib/domain/period-rule';
import { scoringSchemeSchema } from '$lib/domain/scheme';
import { catalogDefinitions } from './index';
import { fy2566 } from './fy2566';
import { fy2569 } from './fy2569';

const itemsOf = (def: CatalogDefinition): CatalogItem[] =>
	def.indicators.flatMap((ind) =>
		ind.subIndicators.flatMap((sub) => sub.groups.flatMap((group) => group.items))
	);

const byCode = (def: CatalogDefinition) => new Map(itemsOf(def).map((i) => [i.code, i]));

describe('shipped editions', () => {
	it('ships FY2565, FY2566 and FY2569, one per fiscal year', () => {
		expect(catalogDefinitions.map((d) => d.fiscalYear)).toEqual([2565, 2566, 2569]);
		expect(catalogDefinitions.map((d) => d.status)).toEqual([
			'official',
			'provisional',
			'provisional'
		]);
	});

	describe.each(catalogDefinitions.map((d) => [d.fiscalYear, d] as const))('FY%i', (_, def) => {
		const items = itemsOf(def);

		it('has unique item codes of the form o<number>', () => {
			const codes = items.map((i) => i.code);
			expect(codes.length).toBeGreaterThan(0);
			expect(new Set(codes).size).toBe(codes.length);
			for (const code of codes) expect(code).toMatch(/^o\d+$/);
		});

		it('has unique sub-indicator codes and no empty group', () => {
			const subs = def.indicators.flatMap((ind) => ind.subIndicators);
			expect(new Set(subs.map((s) => s.code)).size).toBe(subs.length);
			for (const group of subs.flatMap((s) => s.groups))
				expect(group.items.length, group.nameTh).toBeGreaterThan(0);
		});

		it('gives every item a known period rule and a Thai and English name', () => {
			for (const item of items) {
				expect(isPeriodRule(item.periodRule), `${item.code}: ${item.periodRule}`).toBe(true);
				expect(item.nameTh.trim(), item.code).not.toBe('');
				expect(item.nameEn.trim(), item.code).not.toBe('');
			}
		});

		it('has a valid scoring scheme', () => {
			expect(() => scoringSchemeSchema.parse(def.scoring)).not.toThrow();
		});

		it('names its source when it is provisional, and never a local file', () => {
			if (def.status === 'provisional') {
				expect(def.source.trim().length).toBeGreaterThan(0);
				expect(def.notes?.trim().length ?? 0).toBeGreaterThan(0);
			}
			expect(def.source).not.toMatch(/\.txt|\/work\/|file id/i);
		});

		it('declares no gap that is also an item', () => {
			const gaps = def.gaps ?? [];
			for (const gap of gaps) expect(gap).toMatch(/^o\d+$/);
			expect(items.filter((i) => gaps.includes(i.code)).map((i) => i.code)).toEqual([]);
		});
	});
});

describe('FY2566 provisional edition', () => {
	const items = itemsOf(fy2566);
	const items66 = byCode(fy2566);

	it('has 43 items o1..o43 in order', () => {
		expect(items.map((i) => i.code)).toEqual(Array.from({ length: 43 }, (_, i) => `o${i + 1}`));
	});

	it('has the sub-indicators of the reference table with their item counts', () => {
		const subs = fy2566.indicators.flatMap((ind) => ind.subIndicators);
		expect(fy2566.indicators.map((i) => [i.code, i.nameTh])).toEqual([
			['9', 'การเปิดเผยข้อมูล'],
			['10', 'การป้องกันการทุจริต']
		]);
		expect(subs.map((s) => [s.code, s.groups.reduce((n, g) => n + g.items.length, 0)])).toEqual([
			['9.1', 10],
			['9.2', 8],
			['9.3', 4],
			['9.4', 4],
			['9.5', 4],
			['10.1', 8],
			['10.2', 5]
		]);
	});

	it('keeps the Thai names of the reference table', () => {
		expect(items66.get('o10')?.nameTh).toBe('นโยบายคุ้มครองข้อมูลส่วนบุคคล');
		expect(items66.get('o11')?.nameTh).toBe('แผนดำเนินงานและการใช้จ่ายงบประมาณประจำปี');
		expect(items66.get('o31')?.nameTh).toBe('ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่');
		expect(items66.get('o39')?.nameTh).toBe('ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ');
	});

	it('gives elements only for the items whose criteria the reference quotes', () => {
		const withElements = items.filter((i) => i.elements.length > 0).map((i) => i.code);
		expect(withElements).toEqual(['o24', 'o31', 'o40']);
		for (const item of items.filter((i) => i.elements.length === 0))
			expect(item.noteTh, item.code).toContain('คู่มือ');
	});

	it('takes period rules from the criteria or the FY2565 analogue', () => {
		const rules = Object.fromEntries(items.map((i) => [i.code, i.periodRule]));
		expect(rules).toMatchObject({
			o4: 'plan',
			o12: 'first_half',
			o13: 'previous',
			o21: 'monthly:10-3',
			o24: 'first_half',
			o31: 'current',
			o42: 'made_this_year'
		});
	});
});

describe('FY2569 provisional edition', () => {
	const items = itemsOf(fy2569);
	const items69 = byCode(fy2569);

	it('has the 23 items found, in order, and o2, o6, o7 as gaps', () => {
		const found = [1, 3, 4, 5, ...Array.from({ length: 19 }, (_, i) => i + 8)].map((n) => `o${n}`);
		expect(items.map((i) => i.code)).toEqual(found);
		expect(items).toHaveLength(23);
		expect(fy2569.gaps).toEqual(['o2', 'o6', 'o7']);
	});

	it('puts every item under one placeholder sub-indicator, since the grouping is unknown', () => {
		const subs = fy2569.indicators.flatMap((ind) => ind.subIndicators);
		expect(subs).toHaveLength(1);
		expect(subs[0].nameTh).toContain('ยังไม่ทราบ');
		expect(fy2569.scoring.rollup).toBe('item_mean');
	});

	it('keeps the Thai names of the reference table', () => {
		expect(items69.get('o1')?.nameTh).toBe('โครงสร้าง หน้าที่และอำนาจ');
		expect(items69.get('o20')?.nameTh.startsWith('การขับเคลื่อนนโยบาย No Gift Policy')).toBe(true);
		expect(items69.get('o25')?.nameTh).toBe('การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร');
	});

	it('gives elements only for o1, whose criteria a source states', () => {
		expect(items.filter((i) => i.elements.length > 0).map((i) => i.code)).toEqual(['o1']);
	});

	it('asks for the previous fiscal year where the agency published last year', () => {
		const previous = items.filter((i) => i.periodRule === 'previous').map((i) => i.code);
		expect(previous).toEqual(['o12', 'o14', 'o18', 'o22', 'o24', 'o26']);
		expect(items69.get('o11')?.periodRule).toBe('monthly:10-3');
	});

	it('says it is a starting point, not the NACC manual', () => {
		expect(fy2569.source).toContain('สถาบันวิจัยและพัฒนาเทคโนโลยีระบบราง');
		expect(fy2569.source).toContain('ไม่ใช่คู่มือการประเมิน');
	});
});
