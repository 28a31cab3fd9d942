/**
 * Default due dates for an item in a cycle (ita-reference §4). Internal deadlines fall before the
 * OIT window opens; first-half items cannot be complete before 31 March, so they are due after
 * the half closes but a week before the window closes. All dates are ISO calendar days.
 */
import {
	addDays,
	daysBetween,
	isIsoDate,
	isoParts,
	isoDate,
	maxDate,
	minDate,
	type IsoDate
} from './fiscal';
import { ruleKind, ruleWindow, slotsOf, type PeriodRule } from './period-rule';

export interface DeadlineInput {
	rule: PeriodRule;
	beFY: number;
	internalDeadline: IsoDate;
	oitOpens: IsoDate;
	oitCloses: IsoDate;
}

export interface MonthDeadline {
	/** 'YYYY-MM' of the (first) month the evidence reports on */
	key: string;
	due: IsoDate;
}

export interface ItemDeadlines {
	due: IsoDate;
	/** One per month or quarter for slot rules (monthly:A-B, quarterly:A-B), else empty. */
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
 * Default for evidence that cannot be complete before its period ends (first half, monthly or
 * quarterly runs): the later of (period end + 14 days) and the window opening, capped at 7 days
 * before the window closes. The cap wins when the window is too short for both.
 */
export function periodEndDue(periodEnd: IsoDate, oitOpens: IsoDate, oitCloses: IsoDate): IsoDate {
	const wanted = maxDate(addDays(periodEnd, FIRST_HALF_GRACE_DAYS), oitOpens);
	return minDate(wanted, addDays(oitCloses, -CLOSE_MARGIN_DAYS));
}

/** The 15th of the month after each slot ends, never later than the item's own due date. */
function slotDeadlines(rule: PeriodRule, beFY: number, cap: IsoDate): MonthDeadline[] {
	return slotsOf(rule, beFY).map(({ key, to }) => {
		const { year, month } = isoParts(to);
		const next = month === 12 ? isoDate(year + 1, 1, 15) : isoDate(year, month + 1, 15);
		return { key, due: minDate(next, cap) };
	});
}

const RUNS_TO_ITS_END = new Set(['first_half', 'monthly', 'quarterly']);

export function defaultDeadlines(input: DeadlineInput): ItemDeadlines {
	const { rule, beFY, internalDeadline, oitOpens, oitCloses } = input;
	assertDates({ internalDeadline, oitOpens, oitCloses });
	if (oitCloses < oitOpens) throw new RangeError('The OIT window closes before it opens');
	if (!RUNS_TO_ITS_END.has(ruleKind(rule))) return { due: internalDeadline, months: [] };
	const due = periodEndDue(ruleWindow(rule, beFY)!.to, oitOpens, oitCloses);
	return { due, months: slotDeadlines(rule, beFY, due) };
}

/** Days left until `due` as seen on `today` (negative = overdue). */
export function daysUntil(due: IsoDate, today: IsoDate): number {
	return daysBetween(today, due);
}
