import { describe, it, expect } from 'vitest';
import {
	classify,
	countKinds,
	nameSimilarity,
	normaliseItemName,
	pairsOf,
	proposeMapping,
	type MappingEntry
} from './item-mapping';
import type { CatalogDefinition } from './catalog';
import { fy2565 } from '$lib/catalogs/fy2565';
import { fy2566 } from '$lib/catalogs/fy2566';

type Tree = Pick<CatalogDefinition, 'indicators'>;

/** A one-group edition of [code, Thai name] items. */
function edition(items: [string, string][]): Tree {
	return {
		indicators: [
			{
				code: '9',
				nameTh: 'ก',
				nameEn: '',
				subIndicators: [
					{
						code: '9.1',
						nameTh: 'ก',
						nameEn: '',
						groups: [
							{
								nameTh: 'ก',
								nameEn: '',
								items: items.map(([code, nameTh]) => ({
									code,
									nameTh,
									nameEn: '',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: []
								}))
							}
						]
					}
				]
			}
		]
	};
}

const entryOf = (entries: MappingEntry[], side: 'from' | 'to', code: string) =>
	entries.find((e) => e[side].includes(code));

describe('names', () => {
	it('compares without digits, spaces and punctuation', () => {
		expect(normaliseItemName('รายงาน รอบ ๖ เดือน (ปี 2565)')).toBe('รายงานรอบเดือนปี');
		expect(nameSimilarity('รอบ ๖ เดือน', 'รอบ 6 เดือน')).toBe(1);
	});

	it('does not let a report continue a plan of the same subject', () => {
		const plan = nameSimilarity('แผนการจัดซื้อจัดจ้างประจำปี', 'แผนการจัดซื้อจัดจ้าง');
		const report = nameSimilarity('รายงานการจัดซื้อจัดจ้างประจำปี', 'แผนการจัดซื้อจัดจ้าง');
		expect(report).toBeLessThan(plan / 1.5);
	});
});

describe('synthetic editions: each kind', () => {
	const from = edition([
		['o1', 'โครงสร้างหน่วยงาน'],
		['o2', 'ข้อมูลผู้บริหารสูงสุด'],
		['o3', 'แผนดำเนินงานประจำปี'],
		['o4', 'แผนการใช้จ่ายงบประมาณประจำปี'],
		['o5', 'คู่มือการปฏิบัติงานและการให้บริการประชาชน'],
		['o6', 'ช่องทางการรับฟังความคิดเห็น'],
		['o7', 'ข้อมูลการติดต่อหน่วยงาน']
	]);
	const to = edition([
		['o1', 'โครงสร้างหน่วยงาน'],
		['o2', 'ข้อมูลผู้บริหารสูงสุดและรองผู้บริหาร'],
		['o3', 'นโยบายคุ้มครองข้อมูลส่วนบุคคล'],
		['o4', 'แผนดำเนินงานและการใช้จ่ายงบประมาณประจำปี'],
		['o5', 'คู่มือการปฏิบัติงาน'],
		['o6', 'คู่มือการให้บริการประชาชน'],
		['o8', 'ข้อมูลการติดต่อหน่วยงาน']
	]);
	const entries = proposeMapping(from, to);

	it.each([
		['same', ['o1'], ['o1']],
		['renamed', ['o2'], ['o2']],
		['new', [], ['o3']],
		['merged', ['o3', 'o4'], ['o4']],
		['split', ['o5'], ['o5', 'o6']],
		['dropped', ['o6'], []],
		['renumbered', ['o7'], ['o8']]
	])('%s: %j → %j', (kind, fromCodes, toCodes) => {
		const e = entries.find((x) => x.kind === kind);
		expect(e).toEqual({ kind, from: fromCodes, to: toCodes });
	});

	it('lists every item of both editions exactly once, in the new order', () => {
		expect(entries.flatMap((e) => e.to)).toEqual(['o1', 'o2', 'o3', 'o4', 'o5', 'o6', 'o8']);
		expect(entries.flatMap((e) => e.from).sort()).toEqual(
			['o1', 'o2', 'o3', 'o4', 'o5', 'o6', 'o7'].sort()
		);
		expect(countKinds(entries)).toEqual({
			same: 1,
			renamed: 1,
			renumbered: 1,
			merged: 1,
			split: 1,
			new: 1,
			dropped: 1
		});
	});

	it('a dropped item sits after the entry of the old item before it', () => {
		const at = entries.findIndex((e) => e.kind === 'dropped');
		expect(entries[at - 1].from).toContain('o5');
	});

	it('does not call unrelated items with the same code renamed', () => {
		const e = proposeMapping(
			edition([['o9', 'ช่องทางการรับฟังความคิดเห็น']]),
			edition([['o9', 'ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ']])
		);
		expect(e.map((x) => x.kind).sort()).toEqual(['dropped', 'new']);
	});

	it('matches an identical name even when the order changed', () => {
		const e = proposeMapping(
			edition([
				['o1', 'ข่าวประชาสัมพันธ์'],
				['o2', 'กฎหมายที่เกี่ยวข้อง'],
				['o3', 'ข้อมูลการติดต่อ']
			]),
			edition([
				['o1', 'ข้อมูลการติดต่อ'],
				['o2', 'กฎหมายที่เกี่ยวข้อง'],
				['o3', 'ข่าวประชาสัมพันธ์']
			])
		);
		expect(entryOf(e, 'from', 'o1')).toMatchObject({ kind: 'renumbered', to: ['o3'] });
		expect(entryOf(e, 'from', 'o3')).toMatchObject({ kind: 'renumbered', to: ['o1'] });
	});

	it('classifies a coordinator’s corrections the same way', () => {
		const corrected = classify(from, to, [
			['o1', 'o1'],
			['o6', 'o3'],
			['o7', 'o8'],
			['o7', 'o6']
		]);
		expect(entryOf(corrected, 'to', 'o3')?.kind).toBe('renumbered');
		expect(entryOf(corrected, 'from', 'o7')).toMatchObject({ kind: 'split', to: ['o6', 'o8'] });
		expect(entryOf(corrected, 'from', 'o2')?.kind).toBe('dropped');
		expect(entryOf(corrected, 'to', 'o2')?.kind).toBe('new');
	});

	it('round-trips through its pairs', () => {
		expect(classify(from, to, pairsOf(entries))).toEqual(entries);
	});
});

describe('FY2565 → FY2566 (docs/ita-later-years.md, FY2566 section)', () => {
	const entries = proposeMapping(fy2565, fy2566);

	it.each([
		// Basic information kept its numbers.
		['o1', 'o1', 'same'],
		['o9', 'o9', 'same'],
		// The annual report and everything after it in 9.2 moved up by one.
		['o12', 'o13', 'renumbered'],
		['o13', 'o14', 'renumbered'],
		['o17', 'o18', 'renumbered'],
		// Procurement o21–o24 became o19–o22.
		['o21', 'o19', 'renumbered'],
		['o23', 'o21', 'renumbered'],
		['o24', 'o22', 'renumbered'],
		// HR: "นโยบาย" became "นโยบายหรือแผน".
		['o25', 'o23', 'renumbered'],
		['o26', 'o24', 'renumbered'],
		['o31', 'o29', 'renumbered'],
		['o33', 'o30', 'renumbered'],
		['o36', 'o34', 'renumbered'],
		// "รอบ ๖ เดือน" and "รอบ 6 เดือน" are the same name.
		['o40', 'o37', 'renumbered'],
		['o41', 'o38', 'renumbered'],
		['o42', 'o42', 'same'],
		['o43', 'o43', 'same']
	])('%s → %s (%s)', (from, to, kind) => {
		expect(entryOf(entries, 'from', from)).toEqual({ kind, from: [from], to: [to] });
	});

	it('merges the separate budget items into o11 and o12', () => {
		expect(entryOf(entries, 'to', 'o11')).toEqual({
			kind: 'merged',
			from: ['o10', 'o18'],
			to: ['o11']
		});
		expect(entryOf(entries, 'to', 'o12')).toEqual({
			kind: 'merged',
			from: ['o11', 'o19'],
			to: ['o12']
		});
	});

	it('drops what FY2566 dropped and marks its new items new', () => {
		const dropped = entries.filter((e) => e.kind === 'dropped').flatMap((e) => e.from);
		expect(dropped).toEqual(expect.arrayContaining(['o20', 'o32', 'o35', 'o38']));
		const added = entries.filter((e) => e.kind === 'new').flatMap((e) => e.to);
		expect(added).toEqual(expect.arrayContaining(['o10', 'o32', 'o33', 'o39', 'o40', 'o41']));
	});

	it('leaves the No Gift policy for the coordinator: its names share too little', () => {
		// o34 "นโยบายไม่รับของขวัญ (No Gift Policy)" → o31 "ประกาศเจตนารมณ์นโยบาย No Gift Policy …"
		// is a correction on the rollover page, not a guess.
		expect(entryOf(entries, 'from', 'o34')?.kind).toBe('dropped');
		expect(entryOf(entries, 'to', 'o31')?.kind).toBe('new');
	});

	it('counts every item of both editions once', () => {
		expect(entries.flatMap((e) => e.from)).toHaveLength(43);
		expect(entries.flatMap((e) => e.to)).toHaveLength(43);
		const counts = countKinds(entries);
		expect(counts.merged).toBe(2);
		expect(counts.split + counts.renamed).toBe(0);
	});
});
