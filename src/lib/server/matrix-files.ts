/**
 * The assignment matrix as files: CSV (UTF-8 with BOM, for Excel) and XLSX out; an uploaded
 * .csv or .xlsx in, as a table of cells for matrix-sheet.ts to read. Sizes are checked before
 * parsing, and an XLSX is inflated under a cap first, so a small zip cannot expand without bound.
 */
import ExcelJS from 'exceljs';
import { inflateRawSync } from 'node:zlib';
import {
	decodeCsv,
	MAX_IMPORT_BYTES,
	MAX_IMPORT_ROWS,
	parseCsv,
	SHEET_HEADER,
	textTable,
	toCsv,
	type Cell,
	type ImportProblem,
	type SheetRow
} from '$lib/domain/matrix-sheet';
import { isoParts } from '$lib/domain/fiscal';

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function csvFile(rows: SheetRow[]): string {
	return toCsv(textTable(rows));
}

/** Widths in characters, wide enough for Thai text in Tahoma without long rows of wrapping. */
const WIDTHS = [8, 38, 72, 34, 16];
const FONT = { name: 'Tahoma', size: 11 };
/** Excel's Thai locale with the Buddhist calendar: the date shows as '15 ก.พ. 2565'. */
const THAI_DATE_FORMAT = '[$-107041E]d mmm yyyy';

export async function xlsxFile(rows: SheetRow[], sheetName: string): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'ITA readiness';
	const ws = wb.addWorksheet(sheetName.slice(0, 31), {
		views: [{ state: 'frozen', ySplit: 1 }],
		pageSetup: {
			paperSize: 9,
			orientation: 'landscape',
			fitToPage: true,
			fitToWidth: 1,
			fitToHeight: 0,
			printTitlesRow: '1:1'
		}
	});
	ws.columns = SHEET_HEADER.map((header, i) => ({ header, width: WIDTHS[i] }));
	for (const r of rows) {
		const due = r.due ? isoParts(r.due) : null;
		ws.addRow([
			r.code,
			r.name,
			r.elements,
			r.owners,
			due ? new Date(Date.UTC(due.year, due.month - 1, due.day)) : null
		]);
	}
	ws.eachRow({ includeEmpty: true }, (row, n) => {
		for (let c = 1; c <= SHEET_HEADER.length; c++) {
			const cell = row.getCell(c);
			cell.font = n === 1 ? { ...FONT, bold: true } : FONT;
			cell.alignment = { wrapText: true, vertical: 'top' };
			if (c === 5 && n > 1) cell.numFmt = THAI_DATE_FORMAT;
		}
		if (n === 1) {
			row.eachCell((cell) => {
				cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
			});
		}
	});
	ws.autoFilter = { from: 'A1', to: 'E1' };
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

export type TableResult = { ok: true; table: Cell[][] } | { ok: false; problem: ImportProblem };

const refuse = (reason: ImportProblem['reason'], value?: string): TableResult => ({
	ok: false,
	problem: { row: null, reason, value }
});

/** An uploaded file → its first sheet's cells. `.csv` (UTF-8) or `.xlsx` only. */
export async function readUpload(name: string, bytes: Uint8Array): Promise<TableResult> {
	if (!bytes.length) return refuse('empty');
	if (bytes.length > MAX_IMPORT_BYTES) {
		const limit = Number(megabytes(MAX_IMPORT_BYTES));
		return {
			ok: false,
			problem: { row: null, reason: 'too_large', value: megabytes(bytes.length), other: limit }
		};
	}
	const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
	if (ext !== 'csv' && ext !== 'xlsx') return refuse('file_type', ext ? `.${ext}` : name);
	const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
	if (zip) return readXlsx(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
	if (ext === 'xlsx') return refuse('unreadable');
	const text = decodeCsv(bytes);
	return text.ok ? { ok: true, table: parseCsv(text.text) } : text;
}

export function megabytes(bytes: number): string {
	return (bytes / 1024 / 1024).toFixed(1);
}

/** Inflated bytes of an XLSX's parts may not pass this (a 43-row sheet inflates to ~100 KB). */
const MAX_INFLATED = 64 * 1024 * 1024;
const MAX_COLUMNS = 30;

async function readXlsx(buf: Buffer): Promise<TableResult> {
	if (inflatedSize(buf, MAX_INFLATED) === null) return refuse('unreadable');
	const wb = new ExcelJS.Workbook();
	try {
		await wb.xlsx.load(buf as unknown as ArrayBuffer);
	} catch {
		return refuse('unreadable');
	}
	const ws = wb.worksheets.find((w) => w.actualRowCount > 0);
	if (!ws) return refuse('empty');
	if (ws.actualRowCount > MAX_IMPORT_ROWS + 20) {
		return { ok: false, problem: { row: null, reason: 'too_many_rows', other: MAX_IMPORT_ROWS } };
	}
	const columns = Math.min(ws.columnCount, MAX_COLUMNS);
	const table: Cell[][] = [];
	ws.eachRow({ includeEmpty: true }, (row, n) => {
		const cells: Cell[] = [];
		for (let c = 1; c <= columns; c++) cells.push(plain(row.getCell(c).value));
		table[n - 1] = cells;
	});
	return { ok: true, table: Array.from(table, (r) => r ?? []) };
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

/**
 * The total inflated size of a zip's entries, inflating each under the remaining budget (the sizes
 * a zip declares could lie); null when it is not a zip this reader understands or passes `max`.
 */
export function inflatedSize(buf: Buffer, max: number): number | null {
	let end = -1;
	for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
		if (buf.readUInt32LE(i) === 0x06054b50) {
			end = i;
			break;
		}
	}
	if (end < 0) return null;
	const count = buf.readUInt16LE(end + 10);
	let p = buf.readUInt32LE(end + 16);
	let total = 0;
	try {
		for (let n = 0; n < count; n++) {
			if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
			const method = buf.readUInt16LE(p + 10);
			const size = buf.readUInt32LE(p + 20);
			const local = buf.readUInt32LE(p + 42);
			if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) return null;
			const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
			const data = buf.subarray(start, start + size);
			if (method === 0) total += data.length;
			else if (method === 8) {
				total += inflateRawSync(data, { maxOutputLength: max - total + 1 }).length;
			} else return null;
			if (total > max) return null;
			p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
		}
	} catch {
		return null;
	}
	return total;
}
