/**
 * An action plan's table from what a coordinator has: an XLSX or CSV file in the seed layout, or
 * the table copied out of Word, Excel or a PDF and pasted (tab-separated). Both become rows of
 * text for the one parser, and the preview hands the rows back as tab-separated text so that
 * "apply" writes exactly what was previewed.
 */
import { readUpload, megabytes } from './matrix-files';
import { parsePlanTable, type PlanTable } from '$lib/domain/plan-table';
import { totalMismatches } from '$lib/domain/plan-totals';
import { parsePlanCards, type PlanCard } from '$lib/domain/plan-cards';
import { rowsOfText } from '$lib/domain/plan-text';

export const MAX_PASTE = 400_000;
export const MAX_CARDS = 1_000_000;

export type Source =
	{ ok: true; rows: string[][] } | { ok: false; problem: string; value?: string };

export async function rowsFromForm(form: FormData): Promise<Source> {
	const file = form.get('file');
	const pasted = String(form.get('table') ?? '');
	if (file instanceof File && file.size > 0) {
		const read = await readUpload(file.name, new Uint8Array(await file.arrayBuffer()));
		if (!read.ok) return { ok: false, problem: read.problem.reason, value: read.problem.value };
		return { ok: true, rows: read.table.map((r) => r.map(cellText)) };
	}
	if (!pasted.trim()) return { ok: false, problem: 'no_table' };
	if (pasted.length > MAX_PASTE)
		return { ok: false, problem: 'too_large', value: megabytes(pasted.length) };
	return { ok: true, rows: rowsOfText(pasted) };
}

function cellText(cell: unknown): string {
	if (cell === null || cell === undefined) return '';
	if (cell instanceof Date) return cell.toISOString().slice(0, 10);
	return String(cell);
}

export interface Preview {
	table: PlanTable;
	cards: PlanCard[];
	mismatches: ReturnType<typeof totalMismatches>;
	errors: number;
}

export function preview(rows: string[][], cardsText: string): Preview {
	const table = parsePlanTable(rows);
	const cards = cardsText.trim() ? parsePlanCards(cardsText.slice(0, MAX_CARDS)) : [];
	if (!table.items.length && !table.issues.length) {
		table.issues.push({ row: 1, level: 'error', code: 'no_items' });
	}
	return {
		table,
		cards,
		mismatches: totalMismatches(table),
		errors: table.issues.filter((i) => i.level === 'error').length
	};
}
