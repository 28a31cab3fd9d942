import { defaultDeadlines, defaultInternalDeadline } from './deadlines';
import type { PeriodRule } from './period-rule';
import { isoDate, toCE, type IsoDate } from './fiscal';

export interface CycleCalendar {
	oitOpens: IsoDate;
	oitCloses: IsoDate;
	internalDeadline: IsoDate;
}

/**
 * The usual NACC calendar of a fiscal year: agencies answer the OIT from 1 March to 30 April
 * (FY2565: 1 Mar – 30 Apr 2022); the internal deadline defaults to two weeks before it opens.
 */
export function defaultCalendar(beFY: number): CycleCalendar {
	const year = toCE(beFY);
	const oitOpens = isoDate(year, 3, 1);
	return {
		oitOpens,
		oitCloses: isoDate(year, 4, 30),
		internalDeadline: defaultInternalDeadline(oitOpens)
	};
}

export interface CycleDates extends CycleCalendar {
	fiscalYear: number;
}

/** An item's default due date in a cycle, and those of its months or quarters ('YYYY-MM' → date). */
export function itemDueDefaults(
	cycle: CycleDates,
	item: { periodRule: PeriodRule }
): { dueDate: IsoDate; monthDues: Record<string, IsoDate> } {
	const d = defaultDeadlines({
		rule: item.periodRule,
		beFY: cycle.fiscalYear,
		internalDeadline: cycle.internalDeadline,
		oitOpens: cycle.oitOpens,
		oitCloses: cycle.oitCloses
	});
	return { dueDate: d.due, monthDues: Object.fromEntries(d.months.map((m) => [m.key, m.due])) };
}
