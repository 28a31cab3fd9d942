/**
 * The assignment matrix as files: CSV (UTF-8 with BOM, for Excel) and XLSX out; an uploaded
 * .csv or .xlsx in, as a table of cells for matrix-sheet.ts to read. Sizes are checked before
 * parsing; an XLSX is read by xlsx-read.ts within row, column and inflated-size bounds.
 */
import ExcelJS from 'exceljs';
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
import { readXlsx } from './xlsx-read';

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
	if (zip) return readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
	if (ext === 'xlsx') return refuse('unreadable');
	const text = decodeCsv(bytes);
	return text.ok ? { ok: true, table: parseCsv(text.text) } : text;
}

export function megabytes(bytes: number): string {
	return (bytes / 1024 / 1024).toFixed(1);
}

/**
 * An assignment sheet's bounds: its rows (with room for a title and notes above the header), the
 * columns it reads, and what its parts may inflate to (a 43-row sheet inflates to ~100 KB).
 */
const XLSX_LIMITS = { maxRows: MAX_IMPORT_ROWS + 20, maxColumns: 30, maxInflated: 8 * 1024 * 1024 };

async function readSheet(buf: Buffer): Promise<TableResult> {
	const read = await readXlsx(buf, XLSX_LIMITS);
	if (read.ok) return read;
	if (read.reason === 'too_many_rows') {
		return { ok: false, problem: { row: null, reason: 'too_many_rows', other: MAX_IMPORT_ROWS } };
	}
	if (read.reason === 'too_much_data') {
		const limit = Number(megabytes(XLSX_LIMITS.maxInflated));
		return { ok: false, problem: { row: null, reason: 'too_much_data', other: limit } };
	}
	return refuse(read.reason);
}
