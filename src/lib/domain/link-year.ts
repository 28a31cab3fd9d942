/**
 * Whether a linked page or file shows the fiscal year it is evidence for. Assessors give 0 to an
 * item whose document is last year's, so the checker looks for the Buddhist-era year in the page
 * title, its text and the decoded file path of the URL.
 *
 * The rule, in order:
 * - Thai digits (๒๕๖๗) are read as Arabic digits (2567).
 * - A four-digit BE year (25xx, not part of a longer number) counts anywhere.
 * - A range such as "2566-2570" or "พ.ศ. 2566 – 70" counts as every year it spans.
 * - A two-digit year counts only after a year word: ปีงบประมาณ, ปีงบ, ปี, พ.ศ., พศ
 *   ("ปีงบประมาณ 67"), or in the URL path also fy, year, be ("plan-fy67.pdf").
 * - In the URL path a two-digit number standing alone between separators (- _ . / space or the
 *   name's start), as in "plan-67.pdf", counts too, but only inside the window below.
 * - Only years from five before to one after the fiscal year are reported (a page quoting the
 *   2540 Official Information Act is not "showing 2540"). Christian-era years are not read: a
 *   calendar year spans two fiscal years.
 */

export interface LinkTexts {
	url: string;
	title?: string;
	text?: string;
}

export interface YearShown {
	found: boolean;
	/** Other BE years in the window, ascending, for the message when `found` is false ("shows 2566, expected 2567"). */
	otherYears: number[];
}

const WINDOW_BEFORE = 5;
const WINDOW_AFTER = 1;

const YEAR_WORD = String.raw`(?:ปีงบประมาณ|ปีงบ|ปี|พ\.\s?ศ\.?|พศ)`;
const PATH_YEAR_WORD = String.raw`(?:ปีงบประมาณ|ปีงบ|ปี|พ\.\s?ศ\.?|พศ|fy|year|be)`;
const RANGE = /(?<!\d)(25\d\d)\s*[-–—]\s*(25\d\d|\d\d)(?!\d)/g;
const FOUR = /(?<!\d)25\d\d(?!\d)/g;
const TWO_AFTER_WORD = new RegExp(String.raw`${YEAR_WORD}\s*[:.]?\s*(\d{2})(?!\d)`, 'g');
const TWO_AFTER_WORD_PATH = new RegExp(String.raw`${PATH_YEAR_WORD}[\s._-]*(\d{2})(?!\d)`, 'gi');
const TWO_ALONE_PATH = /(?<=^|[-_./\s])(\d{2})(?=$|[-_./\s])/g;

/** Thai digits as Arabic digits. */
export function arabicDigits(text: string): string {
	return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}

function decodedPath(url: string): string {
	try {
		const parsed = new URL(url);
		const path = `${parsed.pathname}${parsed.search}`;
		try {
			return decodeURIComponent(path);
		} catch {
			return path;
		}
	} catch {
		return '';
	}
}

function yearsIn(text: string, isPath: boolean): number[] {
	const t = arabicDigits(text);
	const years: number[] = [];
	for (const m of t.matchAll(RANGE)) {
		const from = Number(m[1]);
		const to = m[2].length === 2 ? 2500 + Number(m[2]) : Number(m[2]);
		for (let y = from; y <= to && y - from <= 10; y++) years.push(y);
	}
	for (const m of t.matchAll(FOUR)) years.push(Number(m[0]));
	for (const m of t.matchAll(isPath ? TWO_AFTER_WORD_PATH : TWO_AFTER_WORD)) {
		years.push(2500 + Number(m[1]));
	}
	if (isPath) for (const m of t.matchAll(TWO_ALONE_PATH)) years.push(2500 + Number(m[1]));
	return years;
}

export function yearShown(link: LinkTexts, fiscalYear: number): YearShown {
	const seen = new Set([
		...yearsIn(decodedPath(link.url), true),
		...yearsIn(link.title ?? '', false),
		...yearsIn(link.text ?? '', false)
	]);
	const otherYears = [...seen]
		.filter(
			(y) => y !== fiscalYear && y >= fiscalYear - WINDOW_BEFORE && y <= fiscalYear + WINDOW_AFTER
		)
		.sort((a, b) => a - b);
	return { found: seen.has(fiscalYear), otherYears };
}
