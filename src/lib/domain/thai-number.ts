/**
 * Numbers as Thai documents write them (ita-reference §5): Thai digits ๐–๙ or Arabic digits, mixed
 * in one document, with thousands separators ('๑,๒๐๐,๐๐๐', '1,200,000.50'). Words such as
 * 'ไม่ใช้งบประมาณ' or a lone '-' are not numbers.
 */
import { fromThaiDigits } from './thai-date';

/** '๒๕๖๕' → '2565'; other characters are kept. */
export function thaiToArabicDigits(text: string): string {
	return fromThaiDigits(text);
}

const NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** A number as written → its value, or null when the text is not one number. */
export function parseThaiNumber(text: string): number | null {
	const s = thaiToArabicDigits(text).replace(/\s+/g, '');
	if (!NUMBER.test(s)) return null;
	const n = Number(s.replace(/,/g, ''));
	return Number.isFinite(n) ? n : null;
}
