/**
 * CSV as Excel in Thailand opens it: UTF-8 with a byte-order mark, CRLF line ends, every field
 * quoted when it holds a quote, comma or line break. A leading = + - @ is prefixed with an
 * apostrophe so a cell can never run as a formula.
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
	const cell = (v: string | number | null | undefined) => {
		let s = v === null || v === undefined ? '' : String(v);
		if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
		return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
