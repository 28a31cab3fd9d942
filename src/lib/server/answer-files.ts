import ExcelJS from 'exceljs';
import { toCsv } from '$lib/csv';
import { ANSWER_HEADER, type AnswerRow } from '$lib/domain/answer-sheet';
import type { LinkLine } from './answers';

const LINK_HEADER = ['ข้อ', 'URL', 'ผลตรวจลิงก์', 'เหตุผล', 'ตรวจเมื่อ'];

const cells = (r: AnswerRow) => [r.code, r.name, r.answer, r.urls.join('\n'), r.explanation];

export function answersCsv(rows: AnswerRow[]): string {
	return toCsv([[...ANSWER_HEADER], ...rows.map(cells)]);
}

/**
 * The answer sheet as an Excel workbook: one row per item, wrapped text, Thai-friendly widths;
 * a second sheet lists each evidence URL with its newest check.
 */
export async function answersXlsx(
	rows: AnswerRow[],
	links: LinkLine[],
	title: string
): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	const sheet = book.addWorksheet('OIT', { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.columns = [{ width: 8 }, { width: 48 }, { width: 14 }, { width: 60 }, { width: 50 }];
	sheet.addRow([...ANSWER_HEADER]).font = { bold: true };
	for (const r of rows) sheet.addRow(cells(r));
	const checks = book.addWorksheet('ตรวจลิงก์', { views: [{ state: 'frozen', ySplit: 1 }] });
	checks.columns = [{ width: 8 }, { width: 60 }, { width: 16 }, { width: 60 }, { width: 22 }];
	checks.addRow(LINK_HEADER).font = { bold: true };
	for (const l of links) checks.addRow([l.code, l.url, l.result, l.reasons, l.checkedAt]);
	for (const s of [sheet, checks]) {
		s.eachRow((row) => {
			row.alignment = { wrapText: true, vertical: 'top' };
		});
	}
	book.title = title;
	return Buffer.from(await book.xlsx.writeBuffer());
}
