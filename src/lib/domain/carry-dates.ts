/**
 * Due dates carried into next year's round: an item keeps its distance from the internal deadline
 * (an item the coordinator wanted two weeks early stays two weeks early), and a month's due date
 * keeps its distance from its month, one year on. Nothing lands after the OIT window closes.
 */
import { addDays, daysBetween, isoParts, minDate, type IsoDate } from './fiscal';
import type { CycleCalendar } from './cycle-calendar';

export function carryDueDate(oldDue: IsoDate, from: CycleCalendar, to: CycleCalendar): IsoDate {
	const offset = daysBetween(from.internalDeadline, oldDue);
	return minDate(addDays(to.internalDeadline, offset), to.oitCloses);
}

/**
 * The month due dates of next year's item: last year's same month moved by `years`, where it had
 * one, else the new round's default; only the months the new item owes.
 */
export function carryMonthDues(
	old: Record<string, IsoDate>,
	defaults: Record<string, IsoDate>,
	years: number,
	oitCloses: IsoDate
): Record<string, IsoDate> {
	const moved = new Map(
		Object.entries(old).map(([key, due]) => [shiftKey(key, years), shiftDate(due, years)])
	);
	return Object.fromEntries(
		Object.entries(defaults).map(([key, due]) => [key, minDate(moved.get(key) ?? due, oitCloses)])
	);
}

const shiftKey = (key: string, years: number) =>
	`${Number(key.slice(0, 4)) + years}${key.slice(4)}`;

/** The same day `years` later; 29 Feb becomes 28 Feb in a common year. */
function shiftDate(iso: IsoDate, years: number): IsoDate {
	const { year, month, day } = isoParts(iso);
	const y = year + years;
	const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
	return `${y}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}
