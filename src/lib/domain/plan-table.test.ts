import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePlanTable } from './plan-table';
import { planTotals, statedItemCount, totalMismatches } from './plan-totals';

const rowsOf = (path: string) =>
	readFileSync(path, 'utf8')
		.split('\n')
		.map((line) => line.split('\t'));
const YEARS = [2566, 2567, 2568, 2569, 2570];

describe('parsePlanTable on the seed plans', () => {
	it("reads อบจ.พะเยา's table: dimensions 1–3 add up to the plan's own totals, dimension 4 is shown not to", () => {
		const table = parsePlanTable(rowsOf('src/lib/server/demo-plan/phayao-2566-2570.tsv'));
		expect(table.years).toEqual(YEARS);
		expect(table.issues.filter((i) => i.level === 'error')).toEqual([]);
		const { byDimension } = planTotals(table.items, table.years);
		// 000 lines 442–445: มิติ ๑ ๑๔๙,๕๐๐ then ๒๒๗,๐๐๐; มิติ ๒ ๑๓๐,๐๐๐; มิติ ๓ ๑๔๐,๐๐๐.
		expect(byDimension.get(1)).toEqual({
			2566: 149500,
			2567: 227000,
			2568: 227000,
			2569: 227000,
			2570: 227000
		});
		expect(byDimension.get(2)?.[2566]).toBe(130000);
		expect(byDimension.get(3)?.[2570]).toBe(140000);
		// มิติ ๔ states ๘๐,๐๐๐ but its rows hold two 80,000 budgets (4.2.1 and item ๕๐).
		const mismatches = totalMismatches(table);
		expect(mismatches).toContainEqual({
			dimension: 4,
			year: 2566,
			stated: 80000,
			computed: 160000
		});
		expect(mismatches).toContainEqual({
			dimension: null,
			year: 2566,
			stated: 499500,
			computed: 579500
		});
		expect(mismatches.filter((m) => m.dimension !== 4 && m.dimension !== null)).toEqual([]);
		const item26 = table.items.find((i) => i.number === 26)!;
		expect(item26).toMatchObject({ dimension: 2, kind: 'project', owner: 'ฝ่ายบริหารงานทั่วไป สป.' });
		expect(item26.budgets[2566]).toEqual({ amount: 30000, unbudgeted: false });
		// A heading row carrying the budgets, then "๑๕) มาตรการ…" on the next row: one item.
		const item15 = table.items.filter((i) => i.number === 15);
		expect(item15).toHaveLength(1);
		expect(item15[0].title).toMatch(/^มาตรการแสดงเจตนา/);
		expect(item15[0].budgets[2570]).toEqual({ amount: null, unbudgeted: true });
		// Its grand total counts ๒๓ + ๑๘ + ๑๑ = 52 items; its rows hold 55.
		expect(statedItemCount(table.stated)).toBe(52);
		expect(table.items).toHaveLength(55);
		// The source numbers ๔) twice: kept, flagged.
		expect(table.issues).toContainEqual({
			row: 10,
			level: 'warning',
			code: 'duplicate_number',
			detail: '4'
		});
	});

	it("reads เทศบาลเมืองอ่างทอง's table, where one merged cell holds several items, to its stated totals", () => {
		const table = parsePlanTable(rowsOf('tests/fixtures/plans/angthong-2566-2570.tsv'));
		expect(table.items).toHaveLength(27);
		// Items 10–17 share one merged cell whose dashes (one short) mean "no budget" for each.
		expect(table.issues.filter((i) => i.level === 'error')).toEqual([]);
		expect(table.items.find((i) => i.number === 17)?.budgets[2566]).toEqual({
			amount: null,
			unbudgeted: true
		});
		expect(table.items.map((i) => i.number)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
		// 001 lines 128, 137, 142, 146, 147: ๗๕,๑๖๐ / ๐ / ๒๖๔,๐๐๐ / ๐ and ๓๓๙,๑๖๐ in all.
		expect(totalMismatches(table)).toEqual([]);
		const { byDimension, all } = planTotals(table.items, table.years);
		expect(byDimension.get(1)?.[2566]).toBe(75160);
		expect(byDimension.get(3)?.[2566]).toBe(264000);
		expect(all[2570]).toBe(339160);
		expect(table.stated.find((s) => s.dimension === null)?.budgets[2566]).toBe(339160);
		const split = table.items.filter((i) => i.row === 23);
		expect(split.map((i) => [i.number, i.budgets[2566]])).toEqual([
			[21, { amount: 264000, unbudgeted: false }],
			[22, { amount: null, unbudgeted: true }]
		]);
	});
});

describe('parsePlanTable headers', () => {
	it('reads a year column headed the way the plan prints it: "ปี 2569 งบประมาณ (บาท)"', () => {
		const table = parsePlanTable([
			[
				'มิติ',
				'ภารกิจตามมิติ',
				'โครงการ/กิจกรรม/มาตรการ',
				'ปี ๒๕๖๙ งบประมาณ (บาท)',
				'ปี 2570 งบ ประมาณ',
				'หมายเหตุ'
			],
			['มิติที่ 1', '1.1 จิตสำนึก', '1) โครงการ ก', '20,000', '-', 'กองคลัง']
		]);
		expect(table.issues.filter((i) => i.level === 'error')).toEqual([]);
		expect(table.years).toEqual([2569, 2570]);
		expect(table.items.map((i) => i.budgets[2569]?.amount)).toEqual([20000]);
	});
});

describe('parsePlanTable on bad input', () => {
	const head = ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี 2566', 'ปี 2567', 'หมายเหตุ'];
	it('refuses a sheet without the plan header', () => {
		expect(parsePlanTable([['a', 'b'], ['c']]).issues).toEqual([
			{ row: 1, level: 'error', code: 'no_header' }
		]);
	});
	it('names the row and cell of a budget that is not an amount, and of a negative one', () => {
		const table = parsePlanTable([
			head,
			['1. สังคม', '1.1 จิตสำนึก', '1) โครงการ ก', 'สามหมื่น', '-500', 'กองคลัง']
		]);
		expect(table.issues).toEqual([
			{ row: 2, level: 'error', code: 'bad_budget', detail: 'สามหมื่น' },
			{ row: 2, level: 'error', code: 'bad_budget', detail: '-500' }
		]);
	});
	it('needs a มิติ and a ภารกิจ before the first item', () => {
		const table = parsePlanTable([head, ['', '', '1) โครงการ ก', '100', '100', '']]);
		expect(table.issues.map((i) => i.code)).toEqual(['no_dimension', 'no_mission']);
	});
});
