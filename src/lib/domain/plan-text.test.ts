import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { rowsOfText } from './plan-text';
import { parsePlanTable } from './plan-table';
import { planTotals, statedItemCount, totalMismatches } from './plan-totals';

describe('rowsOfText', () => {
	it('reads a table Word copied one cell per line (อบต.บ้านโป่ง, 003 lines 157–420)', () => {
		const rows = rowsOfText(readFileSync('tests/fixtures/plans/banpong-2566-2570.txt', 'utf8'));
		const table = parsePlanTable(rows);
		expect(table.issues).toEqual([]);
		expect(table.items.map((i) => i.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
		// Its grand total: "จำนวน 17 โครงการ", 20,000 a year — item 12, the only budgeted one.
		expect(statedItemCount(table.stated)).toBe(17);
		expect(planTotals(table.items, table.years).all).toEqual({
			2566: 20000,
			2567: 20000,
			2568: 20000,
			2569: 20000,
			2570: 20000
		});
		expect(table.stated.find((s) => s.dimension === null)?.budgets[2570]).toBe(20000);
		// Its มิติ 3 total prints "-" although item 12 of that มิติ has 20,000: shown, not hidden.
		expect(totalMismatches(table)).toContainEqual({
			dimension: 3,
			year: 2566,
			stated: 0,
			computed: 20000
		});
		expect(table.items.find((i) => i.number === 12)?.title).toBe(
			'โครงการสนับสนุนการจัดทำแผนชุมชนตำบลบ้านโป่ง'
		);
	});

	it('reads tab-separated rows as they are', () => {
		expect(rowsOfText('a\tb\tc\td\n1\t2\t3\t4')).toEqual([
			['a', 'b', 'c', 'd'],
			['1', '2', '3', '4']
		]);
	});
});
