/**
 * Period rules (ita-reference §2): which span of time an item's evidence must cover in fiscal
 * year Y. current = FY Y, previous = FY Y−1, first_half = 1 Oct … 31 Mar of Y, none = standing.
 */
import type { PeriodRule } from './catalog';
import { firstHalfEnd, fiscalYearRange, isIsoDate, isoParts, toBE, type IsoDate } from './fiscal';
import { monthName, type Lang } from './thai-date';

export interface DateWindow {
	from: IsoDate;
	to: IsoDate;
}

/** The dates a rule asks for, or null for standing information ('none'). */
export function periodWindow(rule: PeriodRule, beFY: number): DateWindow | null {
	switch (rule) {
		case 'current': {
			const { start, end } = fiscalYearRange(beFY);
			return { from: start, to: end };
		}
		case 'previous': {
			const { start, end } = fiscalYearRange(beFY - 1);
			return { from: start, to: end };
		}
		case 'first_half':
			return { from: fiscalYearRange(beFY).start, to: firstHalfEnd(beFY) };
		case 'none':
			return null;
	}
}

/** 'ต.ค. 2564' / 'Oct 2021': the day-less month of an ISO date. */
function monthYear(iso: IsoDate, lang: Lang): string {
	const { year, month } = isoParts(iso);
	return `${monthName(month, 'short', lang)} ${lang === 'th' ? toBE(year) : year}`;
}

/** Human text of what an item's evidence must cover. */
export function periodLabel(rule: PeriodRule, beFY: number, lang: Lang = 'th'): string {
	const th = lang === 'th';
	switch (rule) {
		case 'current':
			return th ? `ข้อมูลปี พ.ศ. ${beFY}` : `Data for fiscal year ${beFY} (B.E.)`;
		case 'previous':
			return th ? `รายงานผลปี พ.ศ. ${beFY - 1}` : `Report on fiscal year ${beFY - 1} (B.E.)`;
		case 'first_half': {
			const start = fiscalYearRange(beFY).start;
			const span = `${monthYear(start, lang)} – ${monthYear(firstHalfEnd(beFY), lang)}`;
			return th
				? `ครอบคลุม 6 เดือนแรกของปีงบประมาณ พ.ศ. ${beFY} (${span})`
				: `Covers the first six months of fiscal year ${beFY} (B.E.) (${span})`;
		}
		case 'none':
			return th ? 'ข้อมูลทั่วไป (ไม่มีรอบเวลา)' : 'Standing information (no period)';
	}
}

function isWindow(w: DateWindow): boolean {
	return isIsoDate(w.from) && isIsoDate(w.to) && w.from <= w.to;
}

/**
 * Does evidence covering `covered` meet the rule? current / previous: the span overlaps that
 * fiscal year; first_half: it covers the whole half (from ≤ 1 Oct and to ≥ 31 Mar); none: always.
 * A missing, malformed or inverted span meets no dated rule.
 */
export function coversPeriod(rule: PeriodRule, beFY: number, covered: DateWindow | null): boolean {
	const need = periodWindow(rule, beFY);
	if (need === null) return true;
	if (covered === null || !isWindow(covered)) return false;
	if (rule === 'first_half') return covered.from <= need.from && covered.to >= need.to;
	return covered.from <= need.to && covered.to >= need.from;
}
