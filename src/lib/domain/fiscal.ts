/**
 * Thai fiscal year and Buddhist era (ita-reference §4). Fiscal year Y (BE) runs 1 October of
 * CE year Y − 544 to 30 September of CE year Y − 543: FY2565 = 2021-10-01 … 2022-09-30.
 *
 * Calendar days are date-only ISO strings 'YYYY-MM-DD' (no time, no time zone). They sort and
 * compare correctly as strings. A timestamp becomes a calendar day only through `bangkokDate`.
 */

/** A calendar day, 'YYYY-MM-DD'. */
export type IsoDate = string;

export interface FiscalYearRange {
	start: IsoDate;
	end: IsoDate;
}

export interface FiscalMonth {
	/** CE year */
	year: number;
	/** 1–12 */
	month: number;
	/** 'YYYY-MM' */
	key: string;
}

export const BE_OFFSET = 543;
const DAY_MS = 86_400_000;
const BANGKOK_OFFSET_MS = 7 * 3_600_000; // UTC+7, no daylight saving

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function toBE(ceYear: number): number {
	return ceYear + BE_OFFSET;
}

export function toCE(beYear: number): number {
	return beYear - BE_OFFSET;
}

export function daysInMonth(ceYear: number, month: number): number {
	return new Date(Date.UTC(ceYear, month, 0)).getUTCDate();
}

/** True for a real calendar day written 'YYYY-MM-DD' ('2024-02-29' yes, '2023-02-29' no). */
export function isIsoDate(s: unknown): s is IsoDate {
	if (typeof s !== 'string') return false;
	const m = ISO_DATE.exec(s);
	if (!m) return false;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function assertIsoDate(s: string): void {
	if (!isIsoDate(s)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${s}`);
}

function assertYear(beYear: number): void {
	if (!Number.isInteger(beYear)) throw new RangeError(`Not a year: ${beYear}`);
}

/** The parts of a valid ISO date; throws RangeError on anything else. */
export function isoParts(iso: IsoDate): { year: number; month: number; day: number } {
	assertIsoDate(iso);
	return {
		year: Number(iso.slice(0, 4)),
		month: Number(iso.slice(5, 7)),
		day: Number(iso.slice(8))
	};
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoDate(ceYear: number, month: number, day: number): IsoDate {
	const iso = `${pad(ceYear, 4)}-${pad(month)}-${pad(day)}`;
	assertIsoDate(iso);
	return iso;
}

/** The calendar day `days` after (or before, if negative) `iso`. */
export function addDays(iso: IsoDate, days: number): IsoDate {
	const { year, month, day } = isoParts(iso);
	return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	const a = isoParts(from);
	const b = isoParts(to);
	return Math.round(
		(Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS
	);
}

export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);

/** The calendar day in Bangkok at instant `now` (inject `now`; never read the clock here). */
export function bangkokDate(now: Date): IsoDate {
	return new Date(now.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
}

/** The BE fiscal year a calendar day belongs to: 2021-10-01 → 2565, 2021-09-30 → 2564. */
export function fiscalYearOf(date: IsoDate): number {
	const { year, month } = isoParts(date);
	return toBE(month >= 10 ? year + 1 : year);
}

export function fiscalYearRange(beFY: number): FiscalYearRange {
	assertYear(beFY);
	const ce = toCE(beFY);
	return { start: isoDate(ce - 1, 10, 1), end: isoDate(ce, 9, 30) };
}

/** Last day of the first half (Oct–Mar): 31 March of CE year beFY − 543. */
export function firstHalfEnd(beFY: number): IsoDate {
	assertYear(beFY);
	return isoDate(toCE(beFY), 3, 31);
}

/** October … March of the fiscal year, in order. */
export function firstHalfMonths(beFY: number): FiscalMonth[] {
	assertYear(beFY);
	const ce = toCE(beFY);
	return [10, 11, 12, 1, 2, 3].map((month) => {
		const year = month >= 10 ? ce - 1 : ce;
		return { year, month, key: `${pad(year, 4)}-${pad(month)}` };
	});
}

/** The day a cycle's pages count from: its frozen date (demo, training) or today in Bangkok. */
export function cycleToday(cycle: { as_of: IsoDate | null }, now: Date): IsoDate {
	return cycle.as_of ?? bangkokDate(now);
}

/**
 * The round the app opens on: this fiscal year's when the organisation has one, else the newest
 * before it, else the oldest after it; null without rounds.
 */
export function defaultRoundYear(years: number[], currentYear: number): number | null {
	if (years.includes(currentYear)) return currentYear;
	const before = years.filter((y) => y < currentYear);
	if (before.length) return Math.max(...before);
	return years.length ? Math.min(...years) : null;
}

/** The fiscal years the app holds (the database's CHECK on catalogues and cycles says the same). */
export const FISCAL_YEARS = { min: 2560, max: 2700 } as const;

export function isFiscalYear(year: number): boolean {
	return Number.isInteger(year) && year >= FISCAL_YEARS.min && year <= FISCAL_YEARS.max;
}
