/**
 * Moving an edition's text to another fiscal year: "ปี พ.ศ. ๒๕๖๙" in the FY2569 criteria means
 * "the year of the round", so a copy for FY2570 should read ๒๕๗๐. The source year and the year
 * before it ("last year's report"), in Thai or Arabic digits, move by the same number of years;
 * other numbers (a plan's 2566–2570 span, phone numbers) are left alone.
 */
import { fromThaiDigits, toThaiDigits } from './thai-date';

const YEAR = /[0-9๐-๙]{4}/g;

export function shiftYears(text: string, fromFY: number, toFY: number): string {
	const delta = toFY - fromFY;
	if (delta === 0) return text;
	return text.replace(YEAR, (match, offset: number, whole: string) => {
		const before = whole[offset - 1] ?? '';
		const after = whole[offset + 4] ?? '';
		if (/[0-9๐-๙]/.test(before) || /[0-9๐-๙]/.test(after)) return match;
		const year = Number(fromThaiDigits(match));
		if (year !== fromFY && year !== fromFY - 1) return match;
		const moved = String(year + delta);
		return /[๐-๙]/.test(match) ? toThaiDigits(moved) : moved;
	});
}
