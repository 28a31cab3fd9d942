/**
 * Dates as Thai readers expect them (ita-reference §5): Buddhist-era years, Thai month names,
 * optionally Thai digits. Both languages show the Buddhist-era year: Thai '14 มี.ค. 2565',
 * English '14 Mar 2565 BE' (English readers of Thai government documents read BE too).
 * Month names come from date-fns' `th` locale and `Intl`, never from a table kept here.
 */
// The one locale by its own path: the locale index would load every locale on the server.
import { th } from 'date-fns/locale/th';
import type { Month } from 'date-fns';
import { isIsoDate, isoDate, daysInMonth, isoParts, toCE, type IsoDate } from './fiscal';

export type Lang = 'th' | 'en';

export interface ThaiDateOptions {
	style?: 'long' | 'short';
	lang?: Lang;
	digits?: 'arabic' | 'thai';
}

const THAI_ZERO = 0x0e50; // '๐'
const LOCALES = { th: 'th-TH-u-ca-buddhist', en: 'en-GB-u-ca-buddhist' } as const;

export function toThaiDigits(s: string): string {
	return s.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}

export function fromThaiDigits(s: string): string {
	return s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = lang + JSON.stringify(options);
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(LOCALES[lang], { numberingSystem: 'latn', ...options });
		formatters.set(key, f);
	}
	return f;
}

/** Month name for month 1–12: 'มีนาคม' / 'มี.ค.' / 'March' / 'Mar'. */
export function monthName(month: number, style: 'long' | 'short', lang: Lang): string {
	if (!Number.isInteger(month) || month < 1 || month > 12)
		throw new RangeError(`No month ${month}`);
	if (lang === 'th')
		return th.localize.month((month - 1) as Month, {
			width: style === 'long' ? 'wide' : 'abbreviated'
		});
	const f = formatter('en', { month: style, timeZone: 'UTC' });
	return f.format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** A month and BE year: 'มี.ค. 2565' / 'Mar 2565 BE'. */
export function formatMonthYear(ceYear: number, month: number, lang: Lang): string {
	const f = formatter(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' });
	return f.format(new Date(Date.UTC(ceYear, month - 1, 1)));
}

/**
 * th long '1 มีนาคม 2565', th short '1 มี.ค. 2565',
 * en long '1 March 2565 BE', en short '1 Mar 2565 BE'.
 */
export function formatThaiDate(iso: IsoDate, options: ThaiDateOptions = {}): string {
	const { style = 'long', lang = 'th', digits = 'arabic' } = options;
	const { year, month, day } = isoParts(iso);
	const f = formatter(lang, { day: 'numeric', month: style, year: 'numeric', timeZone: 'UTC' });
	const text = f.format(new Date(Date.UTC(year, month - 1, day)));
	return digits === 'thai' ? toThaiDigits(text) : text;
}

/** A date as the date field shows it for editing: '14/03/2565'. */
export function formatDateField(iso: IsoDate): string {
	const { year, month, day } = isoParts(iso);
	return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year + 543}`;
}

/** A timestamp in Bangkok time: '14 ม.ค. 2565 09:30 น.' / '14 Jan 2565 BE 09:30'. */
export function formatThaiDateTime(at: Date, lang: Lang = 'th'): string {
	const f = formatter(lang, {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone: 'Asia/Bangkok'
	});
	const parts = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
	const date = `${parts.day} ${parts.month} ${parts.year}${lang === 'en' ? ' BE' : ''}`;
	const time = `${parts.hour}:${parts.minute}`;
	return lang === 'th' ? `${date} ${time} น.` : `${date} ${time}`;
}

/** 'ปีงบประมาณ พ.ศ. 2565' / 'Fiscal year 2565 (B.E.)'. */
export function fiscalYearLabel(beFY: number, lang: Lang = 'th'): string {
	return lang === 'th' ? `ปีงบประมาณ พ.ศ. ${beFY}` : `Fiscal year ${beFY} (B.E.)`;
}

/** Month names without dots or spaces ('มี.ค.' → 'มีค'), full and abbreviated, Thai and English → 1–12. */
const MONTH_LOOKUP = new Map<string, number>(
	Array.from({ length: 12 }, (_, i) => i + 1).flatMap((m) =>
		[
			monthName(m, 'long', 'th'),
			monthName(m, 'short', 'th'),
			monthName(m, 'long', 'en'),
			monthName(m, 'short', 'en')
		].map((name) => [name.replace(/\./g, '').toLowerCase(), m] as const)
	)
);

/** A month name as written ('มกราคม', 'ม.ค.', 'มค', 'January', 'Jan') → 1–12, or null. */
export function monthFromName(name: string): number | null {
	return MONTH_LOOKUP.get(name.replace(/[.\s]/g, '').toLowerCase()) ?? null;
}

/** A year as written → CE: 2-digit BE (65 → 2565), 4-digit BE (≥ 2400) or CE (1900–2199). */
function yearToCE(text: string): number | null {
	const n = Number(text);
	if (text.length === 2) return toCE(2500 + n);
	if (text.length !== 4) return null;
	if (n >= 2400) return toCE(n);
	if (n >= 1900 && n < 2200) return n;
	return null;
}

export interface DateParts {
	day: number;
	month: number;
	/** the year as written: 2 or 4 digits */
	year: string;
}

/**
 * A single day as people write it → its parts, or null. Accepts '1 มีนาคม 2565', '1 มี.ค. 65',
 * '1 มีค 2565', '14 Mar 2565 BE', '01/03/2565' (day/month/year, also '-' or '.'), Thai digits and
 * an optional 'วันที่' / 'พ.ศ.' / 'BE'.
 */
export function splitThaiDate(text: string): DateParts | null {
	const s = fromThaiDigits(text)
		.replace(/^\s*วันที่/, '')
		.replace(/พ\.?\s*ศ\.?|\bB\.?E\.?(?=\s|$)/gi, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(s);
	if (numeric) {
		const [, day = '', , month = '', year = ''] = numeric;
		return { day: Number(day), month: Number(month), year };
	}
	const named = /^(\d{1,2}) ?([\u0e00-\u0e4fA-Za-z.]+?) ?(\d{2}|\d{4})$/.exec(s);
	if (!named) return null;
	const [, day = '', name = '', year = ''] = named;
	const month = MONTH_LOOKUP.get(name.replace(/\./g, '').toLowerCase());
	return month === undefined ? null : { day: Number(day), month, year };
}

function build({ day, month }: DateParts, ce: number | null): IsoDate | null {
	if (ce === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(ce, month))
		return null;
	return isoDate(ce, month, day);
}

/**
 * A single day as written in a document → ISO, or null. Lenient for imports: a 4-digit year
 * from 1900 to 2199 is read as CE. ISO itself is accepted; ranges ('ม.ค.-ก.ย.๖๕') are not.
 */
export function parseThaiDate(text: string): IsoDate | null {
	const trimmed = fromThaiDigits(text).trim();
	if (isIsoDate(trimmed)) return trimmed;
	const parts = splitThaiDate(text);
	return parts ? build(parts, yearToCE(parts.year)) : null;
}
