/**
 * Dates as Thai readers expect them (ita-reference §5): Buddhist-era years, Thai month names,
 * optionally Thai digits. English shows the Gregorian date with the BE year in brackets.
 */
import { daysInMonth, isIsoDate, isoDate, isoParts, toBE, toCE, type IsoDate } from './fiscal';

export type Lang = 'th' | 'en';

export interface ThaiDateOptions {
	style?: 'long' | 'short';
	lang?: Lang;
	digits?: 'arabic' | 'thai';
}

export const THAI_MONTHS = [
	'มกราคม',
	'กุมภาพันธ์',
	'มีนาคม',
	'เมษายน',
	'พฤษภาคม',
	'มิถุนายน',
	'กรกฎาคม',
	'สิงหาคม',
	'กันยายน',
	'ตุลาคม',
	'พฤศจิกายน',
	'ธันวาคม'
] as const;

export const THAI_MONTHS_SHORT = [
	'ม.ค.',
	'ก.พ.',
	'มี.ค.',
	'เม.ย.',
	'พ.ค.',
	'มิ.ย.',
	'ก.ค.',
	'ส.ค.',
	'ก.ย.',
	'ต.ค.',
	'พ.ย.',
	'ธ.ค.'
] as const;

const EN_MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

const THAI_ZERO = 0x0e50; // '๐'
const BANGKOK_OFFSET_MS = 7 * 3_600_000;

export function toThaiDigits(s: string): string {
	return s.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}

export function fromThaiDigits(s: string): string {
	return s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/** Month name for month 1–12. */
export function monthName(month: number, style: 'long' | 'short', lang: Lang): string {
	const names = lang === 'en' ? EN_MONTHS : style === 'long' ? THAI_MONTHS : THAI_MONTHS_SHORT;
	const name: string | undefined = names[month - 1];
	if (name === undefined) throw new RangeError(`No month ${month}`);
	return lang === 'en' && style === 'short' ? name.slice(0, 3) : name;
}

/**
 * th long '1 มีนาคม 2565', th short '1 มี.ค. 2565',
 * en long '1 March 2022 (BE 2565)', en short '1 Mar 2022 (BE 2565)'.
 */
export function formatThaiDate(iso: IsoDate, options: ThaiDateOptions = {}): string {
	const { style = 'long', lang = 'th', digits = 'arabic' } = options;
	const { year, month, day } = isoParts(iso);
	const name = monthName(month, style, lang);
	const text =
		lang === 'th' ? `${day} ${name} ${toBE(year)}` : `${day} ${name} ${year} (BE ${toBE(year)})`;
	return digits === 'thai' ? toThaiDigits(text) : text;
}

/** A timestamp in Bangkok time: '14 ม.ค. 2565 09:30 น.' / '14 Jan 2022 (BE 2565) 09:30'. */
export function formatThaiDateTime(at: Date, lang: Lang = 'th'): string {
	const local = new Date(at.getTime() + BANGKOK_OFFSET_MS).toISOString();
	const date = formatThaiDate(local.slice(0, 10), { style: 'short', lang });
	const time = local.slice(11, 16);
	return lang === 'th' ? `${date} ${time} น.` : `${date} ${time}`;
}

/** 'ปีงบประมาณ พ.ศ. 2565' / 'Fiscal year 2565 (B.E.)'. */
export function fiscalYearLabel(beFY: number, lang: Lang = 'th'): string {
	return lang === 'th' ? `ปีงบประมาณ พ.ศ. ${beFY}` : `Fiscal year ${beFY} (B.E.)`;
}

/** Month names without dots or spaces ('มี.ค.' → 'มีค'), full and abbreviated, → 1–12. */
const MONTH_LOOKUP = new Map<string, number>(
	[...THAI_MONTHS, ...THAI_MONTHS_SHORT].map((name, i) => [name.replace(/\./g, ''), (i % 12) + 1])
);

/** A year as written → CE: 2-digit BE (65 → 2565), 4-digit BE (≥ 2400) or CE (1900–2199). */
function yearToCE(text: string): number | null {
	const n = Number(text);
	if (text.length === 2) return toCE(2500 + n);
	if (text.length !== 4) return null;
	if (n >= 2400) return toCE(n);
	if (n >= 1900 && n < 2200) return n;
	return null;
}

function build(day: string, month: number, year: string): IsoDate | null {
	const ce = yearToCE(year);
	const d = Number(day);
	if (ce === null || month < 1 || month > 12 || d < 1 || d > daysInMonth(ce, month)) return null;
	return isoDate(ce, month, d);
}

/**
 * A single day as people write it → ISO, or null. Accepts '1 มีนาคม 2565', '1 มี.ค. 65',
 * '1 มีค 2565', '01/03/2565' (day/month/year, also '-' or '.'), Thai digits, an optional
 * 'วันที่' / 'พ.ศ.', and ISO itself. Ranges ('ม.ค.-ก.ย.๖๕') are out of scope → null.
 */
export function parseThaiDate(text: string): IsoDate | null {
	const s = fromThaiDigits(text)
		.replace(/^\s*วันที่/, '')
		.replace(/พ\.?\s*ศ\.?/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	if (isIsoDate(s)) return s;

	const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(s);
	if (numeric) {
		const [, day = '', , month = '', year = ''] = numeric;
		return build(day, Number(month), year);
	}
	const named = /^(\d{1,2}) ?([\u0e00-\u0e4f.]+?) ?(\d{2}|\d{4})$/.exec(s);
	if (!named) return null;
	const [, day = '', name = '', year = ''] = named;
	const month = MONTH_LOOKUP.get(name.replace(/\./g, ''));
	return month === undefined ? null : build(day, month, year);
}
