/**
 * Editions as files: an XLSX workbook (sheets "edition", "items" and Thai instructions) or JSON
 * out; an uploaded .xlsx or .json in, checked by the pure readers in `domain/edition-*`.
 * Sizes are checked before parsing; reading the workbook is one small function (`readSheets`)
 * that stops at row and column caps, so a streaming reader can replace it.
 */
import ExcelJS from 'exceljs';
import type { CatalogDefinition } from '$lib/domain/catalog';
import { cellText, type Cell } from '$lib/domain/matrix-sheet';
import {
	fromTables,
	ITEM_COLUMNS,
	HEAD_ROWS,
	SHEET_EDITION,
	SHEET_HELP,
	SHEET_ITEMS,
	toTables,
	type EditionTables,
	type ReadResult
} from '$lib/domain/edition-sheet';
import { fromJson } from '$lib/domain/edition-json';
import { MAX_EDITION_BYTES, MAX_EDITION_ROWS } from '$lib/domain/edition-records';
import { megabytes } from './matrix-files';
import { inflatedWithin, zipParts } from './zip-parts';
import { HELP_ROWS } from './edition-help';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FONT = { name: 'Tahoma', size: 11 };
const WIDTHS: Record<string, number> = { elements: 70, nameTh: 50, note: 40, how: 30 };

/** The workbook of an edition, or the empty template when `def` is null. */
export async function xlsxFile(def: CatalogDefinition | null): Promise<Uint8Array> {
	const tables = toTables(def);
	const wb = new ExcelJS.Workbook();
	wb.creator = 'ITA readiness';
	const help = wb.addWorksheet(SHEET_HELP);
	help.columns = [{ width: 34 }, { width: 100 }];
	for (const row of HELP_ROWS) help.addRow(row);
	help.getRow(1).font = { ...FONT, bold: true, size: 13 };
	const head = wb.addWorksheet(SHEET_EDITION);
	head.columns = [{ width: 34 }, { width: 90 }];
	tables.edition.forEach((r) => head.addRow(r));
	const items = wb.addWorksheet(SHEET_ITEMS, { views: [{ state: 'frozen', ySplit: 1 }] });
	items.columns = ITEM_COLUMNS.map(([c]) => ({ width: WIDTHS[c] ?? 16 }));
	tables.items.forEach((r) => items.addRow(r));
	for (const ws of [head, items]) {
		ws.eachRow((row, n) => {
			row.eachCell((cell) => {
				cell.font = n === 1 ? { ...FONT, bold: true } : FONT;
				cell.alignment = { wrapText: true, vertical: 'top' };
				// Codes and rule codes stay text, never numbers or dates.
				cell.numFmt = '@';
			});
		});
	}
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

export type UploadResult = ReadResult & { kind?: 'xlsx' | 'json' };

const refuse = (
	reason: 'empty' | 'unreadable' | 'file_type' | 'encoding' | 'too_many_rows',
	value?: string
): UploadResult => ({ ok: false, problems: [{ row: null, reason, value }] });

/** An uploaded file → a definition or its problems. `.xlsx` or `.json` (UTF-8) only. */
export async function readUpload(name: string, bytes: Uint8Array): Promise<UploadResult> {
	if (!bytes.length) return refuse('empty');
	if (bytes.length > MAX_EDITION_BYTES) {
		return {
			ok: false,
			problems: [
				{
					row: null,
					reason: 'too_large',
					value: megabytes(bytes.length),
					other: megabytes(MAX_EDITION_BYTES)
				}
			]
		};
	}
	const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
	if (ext !== 'json' && ext !== 'xlsx') return refuse('file_type', ext ? `.${ext}` : name);
	if (ext === 'json') {
		const text = decodeUtf8(bytes);
		return text === null ? refuse('encoding') : { ...fromJson(text), kind: 'json' };
	}
	const tables = await readSheets(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
	if ('problem' in tables) return refuse(tables.problem);
	return { ...fromTables(tables), kind: 'xlsx' };
}

/** UTF-8 text (a BOM is dropped); null for UTF-16 or a Thai code page (Windows-874 / TIS-620). */
function decodeUtf8(bytes: Uint8Array): string | null {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		return null;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
	} catch {
		return null;
	}
}

/** An edition workbook's parts inflate to a few hundred KB; anything near this is not one. */
const MAX_INFLATED = 16 * 1024 * 1024;
const MAX_COLUMNS = 20;

/** The "edition" and "items" sheets as cells, within the caps. */
export async function readSheets(
	buf: Buffer
): Promise<EditionTables | { problem: 'unreadable' | 'empty' | 'too_many_rows' }> {
	if (buf[0] !== 0x50 || buf[1] !== 0x4b) return { problem: 'unreadable' };
	// Declared sizes first, then the real ones counted while inflating: a zip bomb never loads.
	const parts = zipParts(buf);
	if (!parts) return { problem: 'unreadable' };
	const all = [...parts.values()];
	if (all.reduce((n, p) => n + p.size, 0) > MAX_INFLATED) return { problem: 'unreadable' };
	if ((await inflatedWithin(all, MAX_INFLATED)) !== 'ok') return { problem: 'unreadable' };
	const wb = new ExcelJS.Workbook();
	try {
		await wb.xlsx.load(buf as unknown as ArrayBuffer);
	} catch {
		return { problem: 'unreadable' };
	}
	const byName = (n: string) => wb.worksheets.find((w) => w.name.trim().toLowerCase() === n);
	const items = byName(SHEET_ITEMS) ?? wb.worksheets.find((w) => isItemSheet(w));
	if (!items || items.actualRowCount === 0) return { problem: 'empty' };
	if (items.actualRowCount > MAX_EDITION_ROWS + 1) return { problem: 'too_many_rows' };
	const edition = byName(SHEET_EDITION);
	return { edition: edition ? cells(edition, HEAD_ROWS.length + 5) : [], items: cells(items) };
}

function isItemSheet(ws: ExcelJS.Worksheet): boolean {
	return cellText(plain(ws.getRow(1).getCell(1).value)) === ITEM_COLUMNS[0][1];
}

function cells(ws: ExcelJS.Worksheet, maxRows = MAX_EDITION_ROWS + 1): Cell[][] {
	const columns = Math.min(ws.columnCount, MAX_COLUMNS);
	const table: Cell[][] = [];
	ws.eachRow({ includeEmpty: true }, (row, n) => {
		if (n > maxRows) return;
		const out: Cell[] = [];
		for (let c = 1; c <= columns; c++) out.push(plain(row.getCell(c).value));
		table[n - 1] = out;
	});
	return Array.from(table, (r) => r ?? []);
}

function plain(value: ExcelJS.CellValue): Cell {
	if (value === null || value === undefined) return null;
	if (value instanceof Date || typeof value !== 'object') return value;
	if ('richText' in value) return value.richText.map((t) => t.text).join('');
	if ('result' in value) return plain((value.result ?? null) as ExcelJS.CellValue);
	if ('text' in value) return plain(value.text as ExcelJS.CellValue);
	return null;
}
