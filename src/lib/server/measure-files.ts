/** The year's integrity measures as an Excel workbook (one row per action, Thai headers). */
import ExcelJS from 'exceljs';
import { MEASURE_SHEET_HEADER, type MeasureSheetRow } from '$lib/domain/measure-sheet';
import { isoParts } from '$lib/domain/fiscal';

/** Widths in characters, wide enough for Thai text in Tahoma. */
const WIDTHS = [7, 34, 48, 26, 20, 13, 13, 16, 48, 24, 34];
const FONT = { name: 'Tahoma', size: 11 };
/** Excel's Thai locale with the Buddhist calendar: the date shows as '1 ม.ค. 2565'. */
const THAI_DATE_FORMAT = '[$-107041E]d mmm yyyy';
const DATE_COLUMNS = new Set([6, 7]);

const day = (iso: string | null) => {
	if (!iso) return null;
	const { year, month, day } = isoParts(iso);
	return new Date(Date.UTC(year, month - 1, day));
};

export async function measuresXlsx(
	rows: MeasureSheetRow[],
	sheetName: string
): Promise<Uint8Array> {
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
	ws.columns = MEASURE_SHEET_HEADER.map((header, i) => ({ header, width: WIDTHS[i] }));
	for (const r of rows) {
		ws.addRow([
			r.n,
			r.measure,
			r.method,
			r.owner,
			r.timeframe,
			day(r.start),
			day(r.end),
			r.status,
			r.result,
			r.suggestion,
			r.evidence
		]);
	}
	ws.eachRow({ includeEmpty: true }, (row, n) => {
		for (let c = 1; c <= MEASURE_SHEET_HEADER.length; c++) {
			const cell = row.getCell(c);
			cell.font = n === 1 ? { ...FONT, bold: true } : FONT;
			cell.alignment = { wrapText: true, vertical: 'top' };
			if (n > 1 && DATE_COLUMNS.has(c)) cell.numFmt = THAI_DATE_FORMAT;
			if (n === 1) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
		}
	});
	return new Uint8Array(await wb.xlsx.writeBuffer());
}
