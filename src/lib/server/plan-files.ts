/**
 * The plan and its progress report as Excel workbooks, in the printed documents' columns: one
 * sheet for the plan (budgets per year as numbers, "ไม่ใช้งบประมาณ" as text), one for the round's
 * report with budget planned against spent per มิติ.
 */
import ExcelJS from 'exceljs';
import type { PlanItem } from './plans';
import type { Progress } from './plan-progress';
import { planSummary } from '$lib/domain/plan-summary';

const FONT = { name: 'Tahoma', size: 11 };
const MONEY = '#,##0.00;-#,##0.00;-';

export interface PlanBook {
	/** The plan's title and its organisation, kept in the workbook's document properties. */
	title: string;
	orgName: string;
	years: number[];
	year: number;
	round: 'half' | 'annual';
	items: PlanItem[];
	progress: Progress[];
	labels: {
		plan: string;
		report: string;
		dimension: (n: number) => string;
		status: (s: Progress['status']) => string;
		unbudgeted: string;
		head: { plan: string[]; report: string[]; summary: string[] };
	};
}

export async function planWorkbook(book: PlanBook): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'ITA readiness';
	wb.title = book.title;
	wb.company = book.orgName;
	const plan = sheet(wb, book.labels.plan, [10, 40, 60, ...book.years.map(() => 16), 34]);
	plan.addRow(book.labels.head.plan);
	for (const i of book.items) {
		plan.addRow([
			book.labels.dimension(i.dimension),
			i.mission,
			`${i.number}) ${i.title}`,
			...book.years.map((y) => {
				const b = i.budgets[String(y)];
				return b?.unbudgeted ? book.labels.unbudgeted : (b?.amount ?? null);
			}),
			i.owner_label ?? ''
		]);
	}
	money(plan, 4, 3 + book.years.length);

	const report = sheet(wb, book.labels.report, [8, 50, 22, 50, 16, 16, 40]);
	const summary = planSummary(book.items, book.progress, book.year);
	report.addRow(book.labels.head.summary);
	for (const [dim, s] of [...summary.byDimension.entries()].sort((a, b) => a[0] - b[0])) {
		report.addRow([book.labels.dimension(dim), s.items, s.reported, s.done, s.planned, s.spent]);
	}
	report.addRow([]);
	report.addRow(book.labels.head.report).font = { ...FONT, bold: true };
	const sent = new Map(
		book.progress.filter((p) => p.review !== 'draft').map((p) => [p.item_id, p])
	);
	for (const i of book.items) {
		const p = sent.get(i.id);
		report.addRow([
			i.number,
			i.title,
			p ? book.labels.status(p.status) : '',
			p?.done_text ?? '',
			i.budgets[String(book.year)]?.amount ?? null,
			p?.spent ?? null,
			[p?.problems, p?.suggestions].filter(Boolean).join('\n')
		]);
	}
	money(report, 5, 6);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

function sheet(wb: ExcelJS.Workbook, name: string, widths: number[]) {
	const ws = wb.addWorksheet(name.slice(0, 31), {
		pageSetup: {
			paperSize: 9,
			orientation: 'landscape',
			fitToPage: true,
			fitToWidth: 1,
			fitToHeight: 0
		}
	});
	ws.columns = widths.map((width) => ({ width }));
	ws.properties.defaultRowHeight = 18;
	return ws;
}

function money(ws: ExcelJS.Worksheet, from: number, to: number) {
	ws.eachRow((row) => {
		row.eachCell({ includeEmpty: false }, (cell, col) => {
			cell.font = FONT;
			cell.alignment = { wrapText: true, vertical: 'top' };
			if (col >= from && col <= to && typeof cell.value === 'number') cell.numFmt = MONEY;
		});
	});
	ws.getRow(1).font = { ...FONT, bold: true };
}
