/**
 * What a date field accepts (ThaiDateField): a day written the Thai way, '14/03/2565' or
 * '14 มี.ค. 2565', Thai digits allowed, or an ISO day sent by a script. The year is Buddhist era;
 * a Gregorian year ('14/03/2022') is refused with the BE year it probably meant, and a year
 * outside the years the app holds is refused, so a slip such as 2565 typed into a Gregorian
 * picker (BE 3108) never reaches the database. Also the warnings a due date earns.
 */
import {
	FISCAL_YEARS,
	fiscalYearRange,
	isIsoDate,
	isoDate,
	daysInMonth,
	toBE,
	toCE,
	bangkokDate,
	type IsoDate
} from './fiscal';
import { fromThaiDigits, splitThaiDate } from './thai-date';

/** BE years a date may fall in: from the start of the first fiscal year to the end of the last. */
export const DATE_YEARS = { min: FISCAL_YEARS.min - 1, max: FISCAL_YEARS.max } as const;

export type DateProblem = 'format' | 'day' | 'gregorian' | 'range';

export type DateFieldResult =
	| { ok: true; iso: IsoDate }
	| {
			ok: false;
			problem: DateProblem;
			/** the BE year read, or the BE year meant */ year?: number;
	  };

/** The year the examples of a date field use: this year in the Buddhist era. */
export function exampleYear(now = new Date()): number {
	return toBE(Number(bangkokDate(now).slice(0, 4)));
}

function inRange(beYear: number): boolean {
	return beYear >= DATE_YEARS.min && beYear <= DATE_YEARS.max;
}

/** Reads what a person typed into a date field (not empty: the caller decides if it may be). */
export function readDateField(text: string): DateFieldResult {
	const s = fromThaiDigits(text).trim();
	if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
		if (!isIsoDate(s)) return { ok: false, problem: 'day' };
		const be = toBE(Number(s.slice(0, 4)));
		return inRange(be) ? { ok: true, iso: s } : { ok: false, problem: 'range', year: be };
	}
	const parts = splitThaiDate(s);
	if (!parts) return { ok: false, problem: 'format' };
	const written = Number(parts.year);
	const be = parts.year.length === 2 ? 2500 + written : written;
	if (parts.year.length === 4 && written >= 1900 && written < 2200) {
		return { ok: false, problem: 'gregorian', year: toBE(written) };
	}
	if (!inRange(be)) return { ok: false, problem: 'range', year: be };
	const ce = toCE(be);
	if (
		parts.month < 1 ||
		parts.month > 12 ||
		parts.day < 1 ||
		parts.day > daysInMonth(ce, parts.month)
	) {
		return { ok: false, problem: 'day' };
	}
	return { ok: true, iso: isoDate(ce, parts.month, parts.day) };
}

export type DueWarning = 'afterWindow' | 'outsideFiscalYear';

/**
 * Warnings (not errors) for a due date: after the round's OIT window closes, or outside its
 * fiscal year (1 Oct – 30 Sep, fiscal.ts).
 */
export function dueDateWarnings(
	due: IsoDate,
	round: { beFY: number; oitCloses: IsoDate | null }
): DueWarning[] {
	const warnings: DueWarning[] = [];
	if (round.oitCloses && due > round.oitCloses) warnings.push('afterWindow');
	const { start, end } = fiscalYearRange(round.beFY);
	if (due < start || due > end) warnings.push('outsideFiscalYear');
	return warnings;
}
