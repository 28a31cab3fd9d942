/**
 * An edition as a workbook: sheet "edition" (one field a row: name, value), sheet "items" (one
 * item a row, in the columns below; a row with a group but no item keeps an empty group) and an
 * instructions sheet for people. Pure: the server turns these tables into XLSX and back.
 */
import type { CatalogDefinition } from './catalog';
import { cellText, type Cell } from './matrix-sheet';
import { headFields, readHead, type HeadFields } from './edition-head';
import { build, toRecords, type EditionProblem, type EditionRecord } from './edition-records';

export const SHEET_EDITION = 'edition';
export const SHEET_ITEMS = 'items';
export const SHEET_HELP = 'คำอธิบาย';

type Column = Exclude<keyof EditionRecord, 'row'>;

/** Item columns in order: Thai header, English header. Elements: one per line in the cell. */
export const ITEM_COLUMNS: [Column, string, string][] = [
	['code', 'ข้อ', 'code'],
	['indicator', 'ตัวชี้วัด', 'indicator'],
	['indicatorTh', 'ชื่อตัวชี้วัด', 'indicator name'],
	['indicatorEn', 'ชื่อตัวชี้วัด (อังกฤษ)', 'indicator name (English)'],
	['sub', 'ตัวชี้วัดย่อย', 'sub-indicator'],
	['subTh', 'ชื่อตัวชี้วัดย่อย', 'sub-indicator name'],
	['subEn', 'ชื่อตัวชี้วัดย่อย (อังกฤษ)', 'sub-indicator name (English)'],
	['groupTh', 'หมวด', 'group'],
	['groupEn', 'หมวด (อังกฤษ)', 'group (English)'],
	['nameTh', 'ชื่อข้อ', 'item name'],
	['nameEn', 'ชื่อข้อ (อังกฤษ)', 'item name (English)'],
	['rule', 'รอบเวลา', 'period rule'],
	['nothingToReport', 'แจ้งว่าไม่มีได้', 'nothing to report allowed'],
	['how', 'วิธีเผยแพร่กรณีไม่มี', 'how to publish nothing to report'],
	['elements', 'องค์ประกอบ (บรรทัดละข้อ)', 'elements (one per line)'],
	['note', 'หมายเหตุ', 'note']
];

/** Edition fields: key, Thai label, English label. */
export const HEAD_ROWS: [keyof HeadFields, string, string][] = [
	['fiscalYear', 'ปีงบประมาณ (พ.ศ.)', 'fiscal year'],
	['titleTh', 'ชื่อฉบับ', 'title'],
	['titleEn', 'ชื่อฉบับ (อังกฤษ)', 'title (English)'],
	['source', 'ที่มา', 'source'],
	['notes', 'หมายเหตุ', 'notes'],
	['gaps', 'ข้อที่ยังไม่พบข้อมูล', 'gaps'],
	['scoringKind', 'แบบผลการประเมิน (grade/rating)', 'scoring kind'],
	['scoring', 'เกณฑ์การให้คะแนน (JSON)', 'scoring (JSON)']
];

const REQUIRED: Column[] = ['code', 'sub', 'groupTh', 'nameTh', 'rule'];
const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

export interface EditionTables {
	edition: Cell[][];
	items: Cell[][];
}

/** The two data sheets of a definition (an empty template when `def` is null). */
export function toTables(def: CatalogDefinition | null): EditionTables {
	const fields = def ? headFields(def) : null;
	const edition = [
		['field', 'value'],
		...HEAD_ROWS.map(([k, th]) => [th, fields ? fields[k] : ''])
	];
	const items: Cell[][] = [ITEM_COLUMNS.map(([, th]) => th)];
	for (const r of def ? toRecords(def) : [])
		items.push(ITEM_COLUMNS.map(([c]) => (c === 'elements' ? r.elements.join('\n') : r[c])));
	return { edition, items };
}

/** Elements cell → lines without bullets or blank lines. */
export function splitElements(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((l) => l.replace(/^\s*[○•]\s*/, '').trim())
		.filter(Boolean);
}

function readItems(table: Cell[][]): { records: EditionRecord[]; problems: EditionProblem[] } {
	const header = (table[0] ?? []).map((c) => key(cellText(c)));
	const at = new Map<Column, number>();
	for (const [c, th, en] of ITEM_COLUMNS) {
		const i = header.findIndex((h) => h === key(th) || h === key(en) || h === c.toLowerCase());
		if (i >= 0) at.set(c, i);
	}
	const missing = REQUIRED.filter((c) => !at.has(c));
	if (missing.length)
		return {
			records: [],
			problems: missing.map((c) => ({
				row: 1,
				reason: 'missing_column',
				value: ITEM_COLUMNS.find(([k]) => k === c)![1]
			}))
		};
	const records: EditionRecord[] = [];
	table.slice(1).forEach((cells, i) => {
		const get = (c: Column) => {
			const n = at.get(c);
			return n === undefined ? '' : cellText(cells[n]);
		};
		if (!cells.some((c) => cellText(c))) return;
		const record = { row: i + 2 } as EditionRecord;
		for (const [c] of ITEM_COLUMNS) {
			if (c === 'elements') record.elements = splitElements(get(c));
			else record[c] = get(c);
		}
		records.push(record);
	});
	return { records, problems: [] };
}

function readEdition(table: Cell[][]): HeadFields {
	const fields = Object.fromEntries(HEAD_ROWS.map(([k]) => [k, ''])) as unknown as HeadFields;
	for (const row of table) {
		const label = key(cellText(row[0]));
		const found = HEAD_ROWS.find(([k, th, en]) =>
			[key(th), key(en), k.toLowerCase()].includes(label)
		);
		if (found) fields[found[0]] = cellText(row[1]);
	}
	return fields;
}

export type ReadResult =
	| { ok: true; definition: CatalogDefinition; items: number }
	| { ok: false; problems: EditionProblem[] };

/** Both sheets → a definition, or every problem (the edition's first, then row by row). */
export function fromTables(tables: EditionTables): ReadResult {
	const head = readHead(readEdition(tables.edition));
	const items = readItems(tables.items);
	const built = items.problems.length ? { tree: [], problems: [] } : build(items.records);
	const problems = [...head.problems, ...items.problems, ...built.problems];
	if (problems.length || !head.head) return { ok: false, problems };
	const count = items.records.filter((r) => r.code || r.nameTh).length;
	return { ok: true, definition: { ...head.head, indicators: built.tree }, items: count };
}

export { readFlag } from './edition-records';
