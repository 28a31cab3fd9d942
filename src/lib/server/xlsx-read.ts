/**
 * Reads the first non-empty sheet of an uploaded XLSX as a table of cells, within bounds, for
 * every import (assignment matrix, catalogue editions): a workbook whose parts would inflate
 * past `maxInflated` is refused before any parsing (declared sizes first, then the real ones,
 * counted while inflating), and the sheet is read as a stream that stops at the first row past
 * `maxRows`, so neither a zip bomb nor a million rows ever sits in memory. Columns past
 * `maxColumns` are not read.
 */
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { inflatedWithin, repack, zipParts, type ZipPart } from './zip-parts';

export type Cell = string | number | boolean | Date | null;

export interface XlsxLimits {
	maxRows: number;
	maxColumns: number;
	/** Bytes the parts the reader needs may inflate to, all together. */
	maxInflated: number;
}

export type XlsxResult =
	| { ok: true; table: Cell[][] }
	| { ok: false; reason: 'unreadable' | 'empty' | 'too_many_rows' | 'too_much_data' };

const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;
/** What the streaming reader needs, in the order it needs it (strings and styles before sheets). */
const BEFORE_SHEETS = [
	'xl/_rels/workbook.xml.rels',
	'xl/workbook.xml',
	'xl/sharedStrings.xml',
	'xl/styles.xml'
];

export async function readXlsx(buf: Buffer, limits: XlsxLimits): Promise<XlsxResult> {
	const all = zipParts(buf);
	if (!all) return { ok: false, reason: 'unreadable' };
	const sheets = [...all.values()]
		.filter((p) => SHEET.test(p.name))
		.sort((a, b) => sheetNo(a) - sheetNo(b));
	if (!sheets.length) return { ok: false, reason: 'unreadable' };
	const parts = [...BEFORE_SHEETS.flatMap((name) => all.get(name) ?? []), ...sheets];
	if (parts.reduce((n, p) => n + p.size, 0) > limits.maxInflated) {
		return { ok: false, reason: 'too_much_data' };
	}
	const inflated = await inflatedWithin(parts, limits.maxInflated);
	if (inflated !== 'ok') {
		return { ok: false, reason: inflated === 'corrupt' ? 'unreadable' : 'too_much_data' };
	}
	try {
		return await firstSheet(parts, limits);
	} catch {
		return { ok: false, reason: 'unreadable' };
	}
}

const sheetNo = (p: ZipPart) => Number(SHEET.exec(p.name)![1]);

async function firstSheet(parts: ZipPart[], limits: XlsxLimits): Promise<XlsxResult> {
	const input = Readable.from(repack(parts));
	const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
		sharedStrings: 'cache',
		styles: 'cache',
		hyperlinks: 'ignore',
		worksheets: 'emit',
		entries: 'ignore'
	});
	try {
		for await (const sheet of reader) {
			const table: Cell[][] = [];
			let rows = 0;
			for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
				if (++rows > limits.maxRows || row.number > limits.maxRows) {
					return { ok: false, reason: 'too_many_rows' };
				}
				const cells: Cell[] = [];
				for (let c = 1; c <= limits.maxColumns; c++) cells.push(plain(row.getCell(c).value));
				table[row.number - 1] = cells;
			}
			if (table.some((r) => r?.some((c) => c !== null && c !== ''))) {
				return { ok: true, table: Array.from(table, (r) => r ?? []) };
			}
		}
		return { ok: false, reason: 'empty' };
	} finally {
		input.destroy();
	}
}

/** Rich text, hyperlinks and formulas → what the cell shows. */
function plain(value: ExcelJS.CellValue): Cell {
	if (value === null || value === undefined) return null;
	if (value instanceof Date || typeof value !== 'object') return value;
	if ('richText' in value) return value.richText.map((t) => t.text).join('');
	if ('result' in value) return plain((value.result ?? null) as ExcelJS.CellValue);
	if ('text' in value) return plain(value.text as ExcelJS.CellValue);
	return null;
}
