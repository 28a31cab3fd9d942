/**
 * Default due dates for an item in a cycle (ita-reference §4). Internal deadlines fall before the
 * OIT window opens; first-half items cannot be complete before 31 March, so they are due after
 * the half closes but a week before the window closes. All dates are ISO calendar days.
 */
import type { PeriodRule } from './catalog';
import {
	addDays,
	daysBetween,
	firstHalfEnd,
	firstHalfMonths,
	isIsoDate,
	isoDate,
	maxDate,
	minDate,
	type IsoDate
} from './fiscal';

export interface DeadlineInput {
	rule: PeriodRule;
	/** Evidence owed month by month (o23); only meaningful for first_half items. */
	monthly: boolean;
	beFY: number;
	internalDeadline: IsoDate;
	oitOpens: IsoDate;
	oitCloses: IsoDate;
}

export interface MonthDeadline {
	/** 'YYYY-MM' of the month the evidence reports on */
	key: string;
	due: IsoDate;
}

export interface ItemDeadlines {
	due: IsoDate;
	/** One per month Oct…Mar for monthly first-half items, else empty. */
	months: MonthDeadline[];
}

/** Days after 31 March that first-half evidence is given by default. */
export const FIRST_HALF_GRACE_DAYS = 14;
/** Days before the window closes by which everything must be in. */
export const CLOSE_MARGIN_DAYS = 7;
/** Days before the window opens of the default internal deadline. */
export const INTERNAL_LEAD_DAYS = 14;

function assertDates(dates: Record<string, string>): void {
	for (const [name, value] of Object.entries(dates)) {
		if (!isIsoDate(value)) throw new RangeError(`${name} is not a calendar date: ${value}`);
	}
}

/** Two weeks before the OIT window opens. */
export function defaultInternalDeadline(oitOpens: IsoDate): IsoDate {
	return addDays(oitOpens, -INTERNAL_LEAD_DAYS);
}

/**
 * First-half default: the later of (31 March + 14 days) and the window opening, capped at
 * 7 days before the window closes. The cap wins when the window is too short for both.
 */
export function firstHalfDue(beFY: number, oitOpens: IsoDate, oitCloses: IsoDate): IsoDate {
	const wanted = maxDate(addDays(firstHalfEnd(beFY), FIRST_HALF_GRACE_DAYS), oitOpens);
	return minDate(wanted, addDays(oitCloses, -CLOSE_MARGIN_DAYS));
}

/** The 15th of the month after each first-half month, never later than the first-half default. */
function monthDeadlines(beFY: number, cap: IsoDate): MonthDeadline[] {
	return firstHalfMonths(beFY).map(({ year, month, key }) => {
		const next = month === 12 ? isoDate(year + 1, 1, 15) : isoDate(year, month + 1, 15);
		return { key, due: minDate(next, cap) };
	});
}

export function defaultDeadlines(input: DeadlineInput): ItemDeadlines {
	const { rule, monthly, beFY, internalDeadline, oitOpens, oitCloses } = input;
	assertDates({ internalDeadline, oitOpens, oitCloses });
	if (oitCloses < oitOpens) throw new RangeError('The OIT window closes before it opens');
	if (rule !== 'first_half') return { due: internalDeadline, months: [] };
	const due = firstHalfDue(beFY, oitOpens, oitCloses);
	return { due, months: monthly ? monthDeadlines(beFY, due) : [] };
}

/** Days left until `due` as seen on `today` (negative = overdue). */
export function daysUntil(due: IsoDate, today: IsoDate): number {
	return daysBetween(today, due);
}
