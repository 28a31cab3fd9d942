/**
 * Period rules: which span of time an item's evidence must cover in fiscal year Y. The one
 * interpreter of the rules: catalogue pages, due dates, item readiness, the evidence form and
 * its action, and the imports all ask this module.
 *
 * A rule is stored as text:
 *   current            data of FY Y (the evidence's span overlaps FY Y)
 *   previous           a report on FY Y−1 (overlaps FY Y−1)
 *   first_half         1 Oct – 31 Mar of FY Y, covered without a gap
 *   monthly:A-B        every month from month A to month B of FY Y (10-3 = Oct … Mar)
 *   quarterly:A-B      every quarter from month A to month B (10-3 = Oct–Dec, Jan–Mar)
 *   plan               a multi-year plan whose span covers the whole of FY Y
 *   made_this_year     made during FY Y (e.g. the analysis of last year's ITA results)
 *   standing           standing information, no period
 */
import {
	addDays,
	fiscalYearRange,
	isIsoDate,
	isoDate,
	isoParts,
	toCE,
	daysInMonth,
	type IsoDate
} from './fiscal';
import { formatMonthYear, type Lang } from './thai-date';

type Month = number;
export type PeriodRule =
	| 'current'
	| 'previous'
	| 'first_half'
	| 'plan'
	| 'made_this_year'
	| 'standing'
	| `monthly:${Month}-${Month}`
	| `quarterly:${Month}-${Month}`;

export type RuleKind =
	| 'current'
	| 'previous'
	| 'first_half'
	| 'plan'
	| 'made_this_year'
	| 'standing'
	| 'monthly'
	| 'quarterly';

export const RULE_KINDS: readonly RuleKind[] = [
	'current',
	'previous',
	'first_half',
	'monthly',
	'quarterly',
	'plan',
	'made_this_year',
	'standing'
];

interface Parsed {
	kind: RuleKind;
	/** monthly / quarterly: first and last calendar month of the covered run. */
	from?: Month;
	to?: Month;
}

const SLOT_RULE = /^(monthly|quarterly):(1[0-2]|[1-9])-(1[0-2]|[1-9])$/;

/** Fiscal position of a calendar month: October 0 … September 11. */
const fiscalIndex = (month: Month) => (month + 2) % 12;

function parse(text: string): Parsed | null {
	const m = SLOT_RULE.exec(text);
	if (m) {
		const kind = m[1] as 'monthly' | 'quarterly';
		const from = Number(m[2]);
		const to = Number(m[3]);
		const span = fiscalIndex(to) - fiscalIndex(from) + 1;
		if (span < 1 || (kind === 'quarterly' && span % 3 !== 0)) return null;
		return { kind, from, to };
	}
	return (RULE_KINDS as readonly string[]).includes(text) &&
		text !== 'monthly' &&
		text !== 'quarterly'
		? { kind: text as RuleKind }
		: null;
}

export function isPeriodRule(text: unknown): text is PeriodRule {
	return typeof text === 'string' && parse(text) !== null;
}

function parsed(rule: PeriodRule): Parsed {
	const p = parse(rule);
	if (!p) throw new RangeError(`Unknown period rule: ${rule}`);
	return p;
}

export function ruleKind(rule: PeriodRule): RuleKind {
	return parsed(rule).kind;
}

/** The first and last calendar month of a monthly or quarterly rule; null for other rules. */
/**
 * The Buddhist-era year an item's documents should show: the round's fiscal year, the year
 * before for a report on the previous year, none for standing information.
 */
export function expectedYear(rule: PeriodRule, beFY: number): number | null {
	const kind = ruleKind(rule);
	if (kind === 'standing') return null;
	return kind === 'previous' ? beFY - 1 : beFY;
}

export function ruleMonths(rule: PeriodRule): { from: number; to: number } | null {
	const p = parsed(rule);
	return p.from && p.to ? { from: p.from, to: p.to } : null;
}

export interface DateWindow {
	from: IsoDate;
	to: IsoDate;
}

/** A month or quarter owed on its own: key 'YYYY-MM' of its first month. */
export interface Slot extends DateWindow {
	key: string;
}

function monthStart(beFY: number, month: Month): IsoDate {
	const ce = toCE(beFY);
	return isoDate(month >= 10 ? ce - 1 : ce, month, 1);
}

function monthEnd(beFY: number, month: Month): IsoDate {
	const start = isoParts(monthStart(beFY, month));
	return isoDate(start.year, month, daysInMonth(start.year, month));
}

/** The months or quarters a slot rule owes in FY Y, in order; empty for other rules. */
export function slotsOf(rule: PeriodRule, beFY: number): Slot[] {
	const p = parsed(rule);
	if (p.kind !== 'monthly' && p.kind !== 'quarterly') return [];
	const step = p.kind === 'monthly' ? 1 : 3;
	const slots: Slot[] = [];
	for (let i = fiscalIndex(p.from!); i <= fiscalIndex(p.to!); i += step) {
		const first = ((i + 9) % 12) + 1;
		const last = ((i + step - 1 + 9) % 12) + 1;
		const from = monthStart(beFY, first);
		slots.push({ key: from.slice(0, 7), from, to: monthEnd(beFY, last) });
	}
	return slots;
}

/** The dates a rule asks for, or null for standing information. */
export function ruleWindow(rule: PeriodRule, beFY: number): DateWindow | null {
	const p = parsed(rule);
	const fy = fiscalYearRange(beFY);
	switch (p.kind) {
		case 'current':
		case 'plan':
		case 'made_this_year':
			return { from: fy.start, to: fy.end };
		case 'previous': {
			const prev = fiscalYearRange(beFY - 1);
			return { from: prev.start, to: prev.end };
		}
		case 'first_half':
			return { from: fy.start, to: monthEnd(beFY, 3) };
		case 'monthly':
		case 'quarterly': {
			const slots = slotsOf(rule, beFY);
			return { from: slots[0].from, to: slots.at(-1)!.to };
		}
		case 'standing':
			return null;
	}
}

/** What a piece of evidence states about its period: a span, a slot, or nothing. */
export type EvidenceAsk = 'span' | 'slot' | 'none';

export function evidenceAsks(rule: PeriodRule): EvidenceAsk {
	const kind = ruleKind(rule);
	if (kind === 'standing') return 'none';
	return kind === 'monthly' || kind === 'quarterly' ? 'slot' : 'span';
}

/** The evidence of an item as the rule sees it. */
export interface PeriodEvidence {
	/** A "nothing to report" declaration (only where the criteria allow it). */
	declaration: boolean;
	slot: string | null;
	from: IsoDate | null;
	to: IsoDate | null;
}

export interface RuleResult {
	met: boolean;
	/** Slot keys without evidence (slot rules). */
	missingSlots: string[];
}

/** The stated span of a piece of evidence, when it is a real, ordered span. */
function spanOf(e: PeriodEvidence): DateWindow[] {
	return !e.declaration && isIsoDate(e.from) && isIsoDate(e.to) && e.from <= e.to
		? [{ from: e.from, to: e.to }]
		: [];
}

/** Does the union of the spans cover `need` with no gap? */
export function coversWithoutGap(spans: DateWindow[], need: DateWindow): boolean {
	let reached = need.from;
	for (const s of [...spans].sort((a, b) => (a.from < b.from ? -1 : 1))) {
		if (s.from > reached) break;
		if (s.to >= reached) reached = addDays(s.to, 1);
		if (reached > need.to) return true;
	}
	return reached > need.to;
}

/**
 * Does the evidence meet the rule in FY Y? A declaration meets a span rule where it is allowed
 * (the caller passes only allowed declarations); a slot rule needs every slot, each by evidence or
 * its own declaration. A missing, malformed or inverted span meets no dated rule.
 */
export function ruleMet(rule: PeriodRule, beFY: number, evidence: PeriodEvidence[]): RuleResult {
	const kind = ruleKind(rule);
	if (kind === 'monthly' || kind === 'quarterly') {
		const missingSlots = slotsOf(rule, beFY)
			.map((s) => s.key)
			.filter((key) => !evidence.some((e) => e.slot === key));
		return { met: missingSlots.length === 0, missingSlots };
	}
	if (kind === 'standing' || evidence.some((e) => e.declaration))
		return { met: true, missingSlots: [] };
	const need = ruleWindow(rule, beFY)!;
	const spans = evidence.flatMap(spanOf);
	const met =
		kind === 'first_half'
			? coversWithoutGap(spans, need)
			: kind === 'plan'
				? spans.some((s) => s.from <= need.from && s.to >= need.to)
				: kind === 'made_this_year'
					? spans.some((s) => s.from >= need.from && s.from <= need.to)
					: spans.some((s) => s.from <= need.to && s.to >= need.from);
	return { met, missingSlots: [] };
}

/** 'ต.ค. 2564' / 'Oct 2564 BE': the day-less month of an ISO date. */
export function monthYear(iso: IsoDate, lang: Lang): string {
	const { year, month } = isoParts(iso);
	return formatMonthYear(year, month, lang);
}

/** A slot's label: 'ต.ค. 2564' for a month, 'ต.ค. 2564 – ธ.ค. 2564' for a quarter. */
export function slotLabel(slot: DateWindow, lang: Lang): string {
	const a = monthYear(slot.from, lang);
	const b = monthYear(slot.to, lang);
	return a === b ? a : `${a} – ${b}`;
}

/** Human text of what an item's evidence must cover. */
export function ruleLabel(rule: PeriodRule, beFY: number, lang: Lang = 'th'): string {
	const th = lang === 'th';
	const kind = ruleKind(rule);
	const w = ruleWindow(rule, beFY);
	const span = w ? slotLabel(w, lang) : '';
	switch (kind) {
		case 'current':
			return th ? `ข้อมูลปี พ.ศ. ${beFY}` : `Data for fiscal year ${beFY} (B.E.)`;
		case 'previous':
			return th ? `รายงานผลปี พ.ศ. ${beFY - 1}` : `Report on fiscal year ${beFY - 1} (B.E.)`;
		case 'first_half':
			return th
				? `ครอบคลุม 6 เดือนแรกของปีงบประมาณ พ.ศ. ${beFY} (${span})`
				: `Covers the first six months of fiscal year ${beFY} (B.E.) (${span})`;
		case 'monthly':
			return th ? `รายเดือน ทุกเดือน ${span}` : `Every month, ${span}`;
		case 'quarterly':
			return th ? `รายไตรมาส ทุกไตรมาส ${span}` : `Every quarter, ${span}`;
		case 'plan':
			return th
				? `แผนหลายปีที่ครอบคลุมปีงบประมาณ พ.ศ. ${beFY}`
				: `A multi-year plan covering fiscal year ${beFY} (B.E.)`;
		case 'made_this_year':
			return th
				? `จัดทำในปีงบประมาณ พ.ศ. ${beFY} (เช่น ผลการวิเคราะห์ผลการประเมินปี ${beFY - 1})`
				: `Made during fiscal year ${beFY} (B.E.), e.g. the analysis of the ${beFY - 1} results`;
		case 'standing':
			return th ? 'ข้อมูลทั่วไป (ไม่มีรอบเวลา)' : 'Standing information (no period)';
	}
}

/** Why a piece of evidence's stated period cannot be stored for the rule, or null. */
export type PeriodProblem = 'slotRequired' | 'slotUnknown' | 'spanInverted';

export function periodProblem(
	rule: PeriodRule,
	beFY: number,
	stated: { slot: string | null; from: IsoDate | null; to: IsoDate | null }
): PeriodProblem | null {
	if (stated.from && stated.to && stated.to < stated.from) return 'spanInverted';
	if (evidenceAsks(rule) !== 'slot') return null;
	if (!stated.slot) return 'slotRequired';
	return slotsOf(rule, beFY).some((s) => s.key === stated.slot) ? null : 'slotUnknown';
}
