/**
 * A plan's table as text and back: tab-separated rows as Excel and most copies give them, or the
 * one-cell-per-line text Word gives for a table with merged cells.
 */

/** The rows of a pasted table: tab-separated lines, or Word's cell stream when no line has 4 cells. */
export function rowsOfText(text: string): string[][] {
	const lines = text.split(/\r?\n/);
	const rows = lines.map((line) => line.split('\t'));
	return rows.some((r) => r.length >= 4) ? rows : (cellStream(text) ?? rows);
}

/**
 * A table that Word copied one cell per line: each tab starts a cell, a cell's own lines follow
 * it, and rows run on in the header's width. Null when no plan header starts the stream.
 */
function cellStream(text: string): string[][] | null {
	const cells = text.replace(/\r/g, '').split('\t');
	const start = cells.findIndex((c) => /^\s*ม\s*ิ?\s*ต\s*[ิี]?\s*$/.test(c));
	const end = cells.findIndex((c, i) => i > start && /หมายเหตุ|รับผิดชอบ/.test(c));
	if (start < 0 || end < 0) return null;
	const width = end - start + 1;
	const rows: string[][] = [];
	for (let i = start; i < cells.length; i += width) rows.push(cells.slice(i, i + width));
	return rows;
}

/** Rows as tab-separated text, each cell on one line: what the preview hands back to apply. */
export function textOfRows(rows: string[][]): string {
	return rows.map((r) => r.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\n');
}
