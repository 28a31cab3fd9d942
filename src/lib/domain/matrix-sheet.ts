/**
 * The assignment matrix as a sheet in the seed document's own columns (004:L45–175):
 * ข้อ · ข้อมูล · องค์ประกอบด้านข้อมูล · ส่วนราชการที่รับผิดชอบ · กำหนดส่ง. Builds the rows of an
 * export, reads CSV text, and turns the rows of an uploaded sheet into assignments, reporting every
 * bad row with its number. Pure: no server, no database; file formats are matrix-files.ts's job.
 */
import { fromThaiDigits, parseThaiDate, toThaiDigits, formatThaiDate } from './thai-date';
import { fiscalYearOf, isFiscalYear, isIsoDate, isoDate, type IsoDate } from './fiscal';
import {
	matchDivision,
	normaliseName,
	ownerModeOf,
	OWNER_MODE_NAMES,
	type NamedDivision,
	type OwnerMode
} from './owners';

export const SHEET_HEADER = [
	'ข้อ',
	'ข้อมูล',
	'องค์ประกอบด้านข้อมูล',
	'ส่วนราชการที่รับผิดชอบ',
	'กำหนดส่ง'
] as const;
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 500;
export const OWNER_SEPARATOR = ' / ';
const BULLET = '○ ';

// ── Export ────────────────────────────────────────────────────────────────────────────────────

export interface SheetSource {
	code: string;
	name_th: string;
	elements: string[];
	owner_mode: OwnerMode | null;
	due_date: string | null;
	parts: { division_id: string; is_lead: boolean }[];
}

export interface SheetRow {
	/** As the seed writes it: Thai digits, items 1–9 as ๐๑…๐๙, 10–43 as ๐๑๐…๐๔๓. */
	code: string;
	name: string;
	elements: string;
	owners: string;
	due: IsoDate | null;
}

/** 'o1' → '๐๑', 'o10' → '๐๑๐'. */
export function seedCode(code: string): string {
	return toThaiDigits('0' + code.replace(/^o/, ''));
}

/** The owners cell: the pseudo-owner's name, or the division names, lead first. */
export function ownersText(row: SheetSource, names: ReadonlyMap<string, string>): string {
	if (row.owner_mode && row.owner_mode !== 'divisions') return OWNER_MODE_NAMES[row.owner_mode];
	const parts = [...row.parts].sort((a, b) => Number(b.is_lead) - Number(a.is_lead));
	return parts.map((p) => names.get(p.division_id) ?? '').join(OWNER_SEPARATOR);
}

export function sheetRows(rows: SheetSource[], names: ReadonlyMap<string, string>): SheetRow[] {
	return rows.map((r) => ({
		code: seedCode(r.code),
		name: r.name_th,
		elements: r.elements.map((e) => BULLET + e).join('\n'),
		owners: r.owner_mode ? ownersText(r, names) : '',
		due: r.due_date
	}));
}

/** Header and rows as text, the due date written the Thai way ('15 ก.พ. 2565'). */
export function textTable(rows: SheetRow[]): string[][] {
	return [
		[...SHEET_HEADER],
		...rows.map((r) => [
			r.code,
			r.name,
			r.elements,
			r.owners,
			r.due ? formatThaiDate(r.due, { style: 'short' }) : ''
		])
	];
}

// ── CSV ───────────────────────────────────────────────────────────────────────────────────────

/** Written by the shared CSV writer: UTF-8 with a BOM, CRLF, quoting, no formula cells. */
export { toCsv } from '$lib/csv';

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks); , ; or tab. */
export function parseCsv(text: string): string[][] {
	const firstLine = text.slice(0, text.search(/\r|\n|$/));
	const count = (c: string) => firstLine.split(c).length;
	const sep = [';', '\t'].find((c) => count(c) > count(',')) ?? ',';
	const records: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c !== '"') field += c;
			else if (text[i + 1] === '"') field += text[i++];
			else quoted = false;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === sep) {
			row.push(field);
			field = '';
		} else if (c === '\r' || c === '\n') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			records.push(row);
			[row, field] = [[], ''];
		} else field += c;
	}
	if (field !== '' || row.length) records.push([...row, field]);
	return records;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: ImportProblem };

/**
 * CSV bytes → text. Only UTF-8 is accepted: a UTF-16 file (Excel's "Unicode text") or a
 * Windows-874 / TIS-620 one (Excel's plain "CSV" on Thai Windows) is refused with advice.
 */
export function decodeCsv(bytes: Uint8Array): DecodeResult {
	const utf16 =
		(bytes[0] === 0xff && bytes[1] === 0xfe) ||
		(bytes[0] === 0xfe && bytes[1] === 0xff) ||
		bytes.subarray(0, 200).includes(0);
	if (utf16) return { ok: false, problem: { row: null, reason: 'encoding' } };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, problem: { row: null, reason: 'encoding' } };
	}
	text = text.replace(/^\uFEFF/, '');
	if (!text.trim()) return { ok: false, problem: { row: null, reason: 'empty' } };
	return { ok: true, text };
}

// ── Reading a sheet ───────────────────────────────────────────────────────────────────────────

export type Cell = string | number | boolean | Date | null | undefined;

export type ProblemReason =
	| 'no_file'
	| 'empty'
	| 'encoding'
	| 'unreadable'
	| 'file_type'
	| 'too_large'
	| 'too_much_data'
	| 'too_many_rows'
	| 'no_rows'
	| 'missing_column'
	| 'no_code'
	| 'unknown_item'
	| 'duplicate_item'
	| 'unknown_division'
	| 'no_owner'
	| 'mixed_owner'
	| 'bad_date'
	| 'has_evidence'
	| 'forbidden';

/** One thing wrong with a file or one of its rows; `row` is the sheet's row number (1 = header). */
export interface ImportProblem {
	row: number | null;
	reason: ProblemReason;
	value?: string;
	other?: number;
}

/** One data row as written: the cells the import uses, as text. */
export interface SheetRecord {
	row: number;
	code: string;
	owners: string;
	due: string;
}

type Column = 'code' | 'owners' | 'due';
const COLUMN_NAMES: Record<Column, string[]> = {
	code: ['ข้อ', 'code', 'item'],
	owners: ['ส่วนราชการที่รับผิดชอบ', 'owners', 'responsibledivisions', 'responsibledivision'],
	due: ['กำหนดส่ง', 'due', 'duedate']
};
const REQUIRED: Column[] = ['code', 'owners'];

/** A cell as text; a date cell as its ISO day (spreadsheet dates are UTC midnights). */
export function cellText(cell: Cell): string {
	if (cell === null || cell === undefined) return '';
	if (cell instanceof Date) {
		if (Number.isNaN(cell.getTime())) return '';
		return isoDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
	}
	return String(cell).trim();
}

function columnsOf(header: string[]): Partial<Record<Column, number>> {
	const found: Partial<Record<Column, number>> = {};
	header.forEach((h, i) => {
		const key = normaliseName(h);
		for (const [col, names] of Object.entries(COLUMN_NAMES) as [Column, string[]][]) {
			if (found[col] === undefined && names.includes(key)) found[col] = i;
		}
	});
	return found;
}

/**
 * Finds the header (the first row naming ข้อ and ส่วนราชการที่รับผิดชอบ, within the first ten) and
 * returns the data rows below it. Blank rows, repeated headers and heading-only rows are skipped.
 */
export function readTable(table: Cell[][]): { records: SheetRecord[]; problems: ImportProblem[] } {
	const text = table.map((r) => r.map(cellText));
	const filled = text.findIndex((r) => r.some(Boolean));
	if (filled < 0) return { records: [], problems: [{ row: null, reason: 'empty' }] };
	const at = text.slice(0, filled + 10).findIndex((r) => {
		const c = columnsOf(r);
		return REQUIRED.every((col) => c[col] !== undefined);
	});
	if (at < 0) {
		const c = columnsOf(text[filled]);
		const missing = REQUIRED.filter((col) => c[col] === undefined);
		return {
			records: [],
			problems: missing.map((col) => ({
				row: filled + 1,
				reason: 'missing_column',
				value: COLUMN_NAMES[col][0]
			}))
		};
	}
	const cols = columnsOf(text[at]);
	const get = (r: string[], col: Column) => (cols[col] === undefined ? '' : (r[cols[col]] ?? ''));
	const records: SheetRecord[] = [];
	for (let i = at + 1; i < text.length; i++) {
		const r = text[i];
		const [code, owners, due] = [get(r, 'code'), get(r, 'owners'), get(r, 'due')];
		if (!code && !owners) continue;
		if (normaliseName(code) === normaliseName(text[at][cols.code!])) continue;
		records.push({ row: i + 1, code, owners: owners.replace(/^'(?=[=+\-@])/, ''), due });
	}
	if (!records.length) return { records, problems: [{ row: null, reason: 'no_rows' }] };
	if (records.length > MAX_IMPORT_ROWS) {
		return {
			records: [],
			problems: [{ row: null, reason: 'too_many_rows', other: MAX_IMPORT_ROWS }]
		};
	}
	return { records, problems: [] };
}

// ── Validating rows ───────────────────────────────────────────────────────────────────────────

/** 'o1', 'O1', '1', '01', '๐๑', '๐๑๐', 'ข้อ 1' → 'o1' / 'o10'; null when it is not a code. */
export function parseItemCode(text: string): string | null {
	const m = /^(?:o|ข้อ)?\s*0*([1-9]\d{0,2})$/i.exec(fromThaiDigits(text).trim());
	return m ? `o${m[1]}` : null;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A due date cell: ISO, a Thai date with a BE (or CE) year ('15 ก.พ. 2565', '15/02/2565'), or an
 * Excel serial day number (2000–2099). '' → null (use the default); 'bad' when unreadable or in a
 * year the app does not hold (BE 3108 from a BE year typed as CE).
 */
export function parseDue(text: string): IsoDate | null | 'bad' {
	const s = text.trim();
	if (!s) return null;
	if (/^\d{5}(\.\d+)?$/.test(s)) {
		const serial = Math.floor(Number(s));
		if (serial < 36526 || serial > 73050) return 'bad';
		return new Date(EXCEL_EPOCH + serial * 86_400_000).toISOString().slice(0, 10);
	}
	const iso = parseThaiDate(s.replace(/T00:00(:00(\.000)?)?Z?$/, ''));
	return iso && isIsoDate(iso) && isFiscalYear(fiscalYearOf(iso)) ? iso : 'bad';
}

/** Splits an owners cell: '/', line breaks, ';' and '-' bullets separate names. */
export function ownerNames(cell: string): string[] {
	return cell
		.split(/\s*[/\n\r;]\s*|(?:^|\s+)[-•○]\s*/)
		.map((n) => n.trim())
		.filter(Boolean);
}

export interface ImportContext {
	items: { id: string; code: string }[];
	/** The organisation's active divisions with their aliases. */
	divisions: NamedDivision[];
}

/** A good row: who owes the item and when (null: keep the current or default due date). */
export interface ImportRow {
	row: number;
	code: string;
	itemId: string;
	ownerMode: OwnerMode;
	divisionIds: string[];
	dueDate: IsoDate | null;
}

/**
 * Checks every row against the round's items and the organisation's divisions. A row without
 * owners and due date is left out: the item stays as it is (an export's unassigned rows).
 */
export function validateRecords(
	records: SheetRecord[],
	ctx: ImportContext
): { rows: ImportRow[]; problems: ImportProblem[] } {
	const items = new Map(ctx.items.map((i) => [i.code, i.id]));
	const seen = new Map<string, number>();
	const rows: ImportRow[] = [];
	const problems: ImportProblem[] = [];
	for (const rec of records) {
		const bad = (reason: ProblemReason, value?: string, other?: number) =>
			problems.push({ row: rec.row, reason, value, other });
		const before = problems.length;
		const code = parseItemCode(rec.code);
		const itemId = code ? items.get(code) : undefined;
		if (!rec.code) bad('no_code');
		else if (!code || !itemId) bad('unknown_item', rec.code);
		else if (seen.has(code)) bad('duplicate_item', rec.code, seen.get(code));
		else seen.set(code, rec.row);

		const names = ownerNames(rec.owners);
		// A row with neither owners nor a due date (an unassigned item as exported) changes nothing.
		if (!names.length && !rec.due.trim() && problems.length === before) continue;
		const pseudo = names.map(ownerModeOf);
		let ownerMode: OwnerMode = 'divisions';
		const divisionIds: string[] = [];
		if (!names.length) bad('no_owner');
		else if (pseudo.some(Boolean)) {
			if (names.length > 1) bad('mixed_owner', rec.owners);
			else ownerMode = pseudo[0]!;
		} else {
			for (const name of names) {
				const d = matchDivision(name, ctx.divisions);
				if (!d) bad('unknown_division', name);
				else if (!divisionIds.includes(d.id)) divisionIds.push(d.id);
			}
		}

		const due = parseDue(rec.due);
		if (due === 'bad') bad('bad_date', rec.due);
		if (problems.length === before) {
			rows.push({
				row: rec.row,
				code: code!,
				itemId: itemId!,
				ownerMode,
				divisionIds,
				dueDate: due === 'bad' ? null : due
			});
		}
	}
	return { rows, problems };
}

// ── Planning ──────────────────────────────────────────────────────────────────────────────────

export interface CurrentAssignment {
	ownerMode: OwnerMode;
	/** Named owners, lead first (empty for the pseudo-owners). */
	divisionIds: string[];
	dueDate: IsoDate;
}

export type PlanAction = 'create' | 'update' | 'same';

export interface PlanRow extends ImportRow {
	dueDate: IsoDate;
	action: PlanAction;
	ownersChanged: boolean;
	dueChanged: boolean;
}

/**
 * What each good row would do to the current assignment. A blank due date keeps the current one,
 * or takes the cycle's default for an item not assigned yet.
 */
export function planImport(
	rows: ImportRow[],
	current: ReadonlyMap<string, CurrentAssignment>,
	defaultDue: (itemId: string) => IsoDate
): PlanRow[] {
	return rows.map((r) => {
		const now = current.get(r.itemId);
		const dueDate = r.dueDate ?? now?.dueDate ?? defaultDue(r.itemId);
		if (!now) return { ...r, dueDate, action: 'create', ownersChanged: true, dueChanged: true };
		const ownersChanged =
			now.ownerMode !== r.ownerMode ||
			(r.ownerMode === 'divisions' && now.divisionIds.join() !== r.divisionIds.join());
		const dueChanged = now.dueDate !== dueDate;
		const action = ownersChanged || dueChanged ? 'update' : 'same';
		return { ...r, dueDate, action, ownersChanged, dueChanged };
	});
}
