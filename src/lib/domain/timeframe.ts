/**
 * When an action of an integrity measure runs, read from the timeframe as the document writes it
 * (ระยะเวลาดำเนินการ): 'มกราคม ๒๕๖๕', 'ธ.ค. ๒๕๖๔ – มีนาคม ๒๕๖๕', 'ม.ค.-ก.ย.๖๕',
 * 'ธ.ค. ๒๕๖๔ เป็นต้นไป' (no end), 'ตลอดปีงบประมาณ', 'ปีงบประมาณ พ.ศ. ๒๕๖๕'. Thai or Arabic digits,
 * full or abbreviated month names (read through thai-date's Intl/date-fns names), Buddhist-era
 * years of two or four digits. Text that cannot be read gives null; the caller keeps the text.
 */
import { daysInMonth, fiscalYearRange, isoDate, toCE, type IsoDate } from './fiscal';
import { monthFromName, parseThaiDate } from './thai-date';
import { thaiToArabicDigits } from './thai-number';

export interface Timeframe {
	start: IsoDate;
	/** null: open-ended ('เป็นต้นไป'). */
	end: IsoDate | null;
}

interface Side {
	day: number | null;
	month: number;
	/** CE year, null when the side leaves it to the other side */
	year: number | null;
}

/** A BE year as written → CE: '65' → 2022, '2565' → 2022; null when it is not a year. */
function yearOf(text: string | undefined): number | null {
	if (!text) return null;
	const n = Number(text);
	if (text.length === 2) return toCE(2500 + n);
	if (text.length === 4 && n >= 2400 && n < 2700) return toCE(n);
	return null;
}

const SIDE = /^(?:(\d{1,2}) ?)?([\u0e00-\u0e4fA-Za-z.]+?) ?(\d{2}|\d{4})?$/;

function readSide(text: string): Side | null {
	const m = SIDE.exec(text.trim());
	if (!m) return null;
	const month = monthFromName(m[2] ?? '');
	if (month === null) return null;
	const year = m[3] ? yearOf(m[3]) : null;
	if (m[3] && year === null) return null;
	const day = m[1] ? Number(m[1]) : null;
	return { day, month, year };
}

function first(s: Side, year: number): IsoDate | null {
	const day = s.day ?? 1;
	return day >= 1 && day <= daysInMonth(year, s.month) ? isoDate(year, s.month, day) : null;
}

function last(s: Side, year: number): IsoDate | null {
	const day = s.day ?? daysInMonth(year, s.month);
	return day >= 1 && day <= daysInMonth(year, s.month) ? isoDate(year, s.month, day) : null;
}

function range(from: Side, to: Side): Timeframe | null {
	const toYear = to.year ?? from.year;
	if (toYear === null) return null;
	// 'ตุลาคม – กันยายน ๒๕๖๕': a start month later than the end month is in the year before.
	const fromYear = from.year ?? (from.month > to.month ? toYear - 1 : toYear);
	const start = first(from, fromYear);
	const end = last(to, toYear);
	return start && end && start <= end ? { start, end } : null;
}

/**
 * A timeframe as written → its first and last day, or null when it cannot be read.
 * `fiscalYear` (BE) gives 'ตลอดปีงบประมาณ' (the whole fiscal year) its dates.
 */
export function parseTimeframe(text: string, fiscalYear?: number): Timeframe | null {
	const s = thaiToArabicDigits(text)
		.normalize('NFC')
		.replace(/พ\.\s*ศ\.?/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	if (!s) return null;
	if (/^ตลอด ?ปี ?งบประมาณ$/.test(s)) return fiscalYear ? fiscalYearRange(fiscalYear) : null;
	const fy = /^(?:ตลอด ?)?(?:ปี ?)?งบประมาณ ?(\d{4})$/.exec(s);
	if (fy) {
		const year = Number(fy[1]);
		return year >= 2400 && year < 2700 ? fiscalYearRange(year) : null;
	}
	const onwards = /^(.+?) ?เป็นต้นไป$/.exec(s);
	if (onwards) {
		const side = readSide(onwards[1] ?? '');
		const start = side?.year != null ? first(side, side.year) : null;
		return start ? { start, end: null } : null;
	}
	const parts = s.split(/ ?(?:[-–—]|ถึง) ?/);
	if (parts.length === 2) {
		const [from, to] = parts.map(readSide);
		return from && to ? range(from, to) : null;
	}
	if (parts.length !== 1) return null;
	const day = parseThaiDate(s);
	if (day) return { start: day, end: day };
	const side = readSide(s);
	return side ? range(side, side) : null;
}
