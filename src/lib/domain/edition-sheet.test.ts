import { describe, expect, it } from 'vitest';
import { catalogDefinitions } from '$lib/catalogs';
import type { CatalogDefinition } from './catalog';
import { fromTables, toTables, type EditionTables } from './edition-sheet';
import { fromJson, toJson } from './edition-json';
import type { EditionProblem } from './edition-records';

const custom = (def: CatalogDefinition) => ({ ...def, status: 'custom' });
const fy = (year: number) => catalogDefinitions.find((d) => d.fiscalYear === year)!;

/** Tables as a spreadsheet would give them back: every cell text. */
const asCells = (t: EditionTables): EditionTables => ({
	edition: t.edition.map((r) => r.map((c) => (c === null || c === undefined ? null : String(c)))),
	items: t.items.map((r) => r.map((c) => (c === null || c === undefined ? null : String(c))))
});

function problems(result: ReturnType<typeof fromTables>): EditionProblem[] {
	return result.ok ? [] : result.problems;
}

describe('edition files round trip', () => {
	it.each(catalogDefinitions.map((d) => [d.fiscalYear, d] as const))(
		'FY%i: sheet → definition is the same edition',
		(_, def) => {
			const back = fromTables(asCells(toTables(def)));
			expect(back).toMatchObject({ ok: true });
			expect(back.ok && back.definition).toEqual(custom(def));
		}
	);
	it.each(catalogDefinitions.map((d) => [d.fiscalYear, d] as const))(
		'FY%i: JSON → definition is the same edition',
		(_, def) => {
			const back = fromJson(toJson(def));
			expect(back.ok && back.definition).toEqual(custom(def));
		}
	);
	it('keeps an empty group', () => {
		const def = structuredClone(fy(2569));
		def.indicators[0].subIndicators[0].groups.push({ nameTh: 'หมวดใหม่', nameEn: 'New', items: [] });
		const back = fromTables(asCells(toTables(def)));
		expect(back.ok && back.definition).toEqual(custom(def));
	});
});

describe('bad sheets: row-numbered problems, no definition', () => {
	const base = () => asCells(toTables(fy(2569)));
	const col = (t: EditionTables, name: string) => t.items[0].indexOf(name);

	it('an empty template has no items', () => {
		const t = toTables(null);
		t.edition[1][1] = '2570';
		t.edition[2][1] = 'ทดสอบ';
		expect(problems(fromTables(t))).toEqual([{ row: null, reason: 'no_items' }]);
	});

	it('duplicate codes name both rows', () => {
		const t = base();
		t.items[3][0] = t.items[2][0];
		expect(problems(fromTables(t))).toContainEqual({
			row: 4,
			reason: 'duplicate_code',
			value: String(t.items[2][0]),
			other: 3,
			...{}
		});
	});

	it('an item without a sub-indicator, an unknown rule, an empty name', () => {
		const t = base();
		t.items[2][col(t, 'ตัวชี้วัดย่อย')] = '';
		t.items[3][col(t, 'รอบเวลา')] = 'monthly:13-2';
		t.items[4][col(t, 'ชื่อข้อ')] = '';
		const found = problems(fromTables(t)).map((p) => [p.row, p.reason]);
		expect(found).toEqual([
			[3, 'no_sub'],
			[4, 'unknown_rule'],
			[5, 'empty_name']
		]);
	});

	it('a missing column and a bad year are reported', () => {
		const t = base();
		t.items[0][col(t, 'รอบเวลา')] = 'อื่น ๆ';
		t.edition[1][1] = '70';
		const found = problems(fromTables(t)).map((p) => p.reason);
		expect(found).toEqual(['bad_year', 'missing_column']);
	});

	it('a bad flag and a bad code', () => {
		const t = base();
		t.items[2][col(t, 'แจ้งว่าไม่มีได้')] = 'บางที';
		t.items[3][0] = 'x9';
		const found = problems(fromTables(t)).map((p) => [p.row, p.reason]);
		expect(found).toEqual([
			[3, 'bad_flag'],
			[4, 'bad_code']
		]);
	});

	it('codes are normalised (O7, 7, ๗ → o7)', () => {
		const t = base();
		t.items[1][0] = 'O1';
		const back = fromTables(t);
		expect(back.ok && back.definition.indicators[0].subIndicators[0].groups[0].items[0].code).toBe(
			'o1'
		);
	});
});

describe('bad JSON', () => {
	it('not JSON, wrong shape, no items', () => {
		expect(fromJson('{').ok).toBe(false);
		expect(fromJson('{"format":"x"}')).toMatchObject({ ok: false });
		const empty = JSON.parse(toJson(fy(2569)));
		empty.edition.indicators = [];
		expect(fromJson(JSON.stringify(empty))).toEqual({
			ok: false,
			problems: [{ row: null, reason: 'no_items' }]
		});
	});
	it('duplicate codes are numbered by item', () => {
		const doc = JSON.parse(toJson(fy(2569)));
		const items = doc.edition.indicators[0].subIndicators[0].groups[0].items;
		items[1].code = items[0].code;
		const r = fromJson(JSON.stringify(doc));
		expect(r.ok ? [] : r.problems.map((p) => [p.row, p.reason])).toEqual([[2, 'duplicate_code']]);
	});
});
