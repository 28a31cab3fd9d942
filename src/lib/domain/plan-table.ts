/**
 * Reads an action plan's table in the layout Thai offices use (one row per item):
 * มิติ | ภารกิจตามมิติ | โครงการ/กิจกรรม/มาตรการ | ปี 2566 … ปี 2570 | หมายเหตุ (owners).
 * Tolerates what copying out of Word or PDF leaves: repeated headers per page, "(ต่อ)", มิติ / ภารกิจ
 * cells left empty under a merged cell, a sub-ภารกิจ heading in the same cell as its item, an item
 * shifted one column left, and totals rows ("รวม", "มิติ ๑ รวม") which are kept as the document's
 * own figures to compare with.
 */
import { parseBudgetCell } from './plan-budget';
import { fromThaiDigits } from './thai-date';

export type PlanKind = 'project' | 'measure' | 'activity';

export interface PlanRow {
	/** 1-based row in the source. */
	row: number;
	dimension: number;
	mission: string;
	subMission: string | null;
	number: number;
	kind: PlanKind;
	title: string;
	budgets: Record<number, { amount: number | null; unbudgeted: boolean }>;
	owner: string;
}

export interface PlanIssue {
	row: number;
	level: 'error' | 'warning';
	code:
		| 'no_header'
		| 'no_items'
		| 'no_dimension'
		| 'no_mission'
		| 'no_number'
		| 'duplicate_number'
		| 'bad_budget'
		| 'budget_split'
		| 'no_kind';
	detail?: string;
}

export interface StatedTotal {
	/** null for the plan's grand total. */
	dimension: number | null;
	budgets: Record<number, number>;
	count: string;
}

export interface PlanTable {
	years: number[];
	items: PlanRow[];
	stated: StatedTotal[];
	issues: PlanIssue[];
}

const DIGIT = '[0-9]';
const DIMENSION_HEAD = /^ม\s*[ิ]?\s*ต\s*[ิี]?/;
/** 'มิติที่ ๑ การสร้างสังคม…', '1. สังคม…', or a bare 'มิติที่ 1' (as the plan prints it). */
const DIMENSION_CELL = new RegExp(
	`^(?:มิติ(?:ที่)?\\s*(${DIGIT})\\s*[.)]?\\s*(?:\\S|$)|(${DIGIT})\\s*[.)]?\\s*\\S)`
);
const TOTAL_DIMENSION = new RegExp(`^ม\\s*[ิ]?\\s*ต\\s*[ิี]?\\s*(?:ที่)?\\s*(${DIGIT})$`);
const MISSION = new RegExp(`^(${DIGIT})\\.(${DIGIT}+)(?!\\.${DIGIT})\\s*\\S`);
const SUB_MISSION = new RegExp(`^${DIGIT}\\.${DIGIT}+\\.${DIGIT}+`);
const ITEM_NUMBER = new RegExp(`(?:^|\\s)(${DIGIT}{1,3})\\)\\s*`);
const ITEM_NUMBERS = new RegExp(ITEM_NUMBER.source, 'g');
const CONTINUED = /\s*\(ต่อ\)\s*/g;

const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const plain = (s: string | undefined) => fromThaiDigits(clean(s));

export function parsePlanTable(rows: string[][]): PlanTable {
	const header = findHeader(rows);
	if (!header) {
		return {
			years: [],
			items: [],
			stated: [],
			issues: [{ row: 1, level: 'error', code: 'no_header' }]
		};
	}
	const { years, yearCols } = header;
	const items: PlanRow[] = [];
	const stated: StatedTotal[] = [];
	const issues: PlanIssue[] = [];
	let dimension = 0;
	let mission = '';
	let subMission: string | null = null;
	let labelledTotals = false;
	let pendingHead: PlanRow | null = null;
	let previous = '';

	rows.forEach((cells, index) => {
		const row = index + 1;
		const c = cells.map(plain);
		if (index <= header.row || isHeader(c) || c.every((x) => x === '')) return;
		// A row printed twice (a page break in the source) is read once.
		if (c.join('\t') === previous) return;
		previous = c.join('\t');
		if (c.slice(yearCols[0]).some((x) => /^งบประมาณ/.test(x)) && !c[2]) return;

		const total = statedTotal(c, yearCols, years, labelledTotals ? 0 : dimension);
		if (total) {
			labelledTotals ||= TOTAL_DIMENSION.test(c[0] ?? '');
			stated.push(total);
			return;
		}

		const m = c[0] ? DIMENSION_CELL.exec(c[0]) : null;
		if (m) dimension = Number(m[1] ?? m[2]);
		let text = c[2];
		let textCol = 2;
		if (c[1] && MISSION.test(c[1])) {
			const next = c[1].replace(CONTINUED, ' ').trim();
			// The same ภารกิจ repeated on a later page keeps the wording it was first given.
			if (numberOf(next) !== numberOf(mission)) {
				mission = next;
				subMission = null;
			}
		} else if (c[1] && (!c[2] || /^[0-9]{1,3}\)/.test(c[1]))) {
			text = c[1]; // the item slid one column left
			textCol = 1;
		}
		text = (text ?? '').replace(CONTINUED, ' ').trim();
		if (!text) return;

		const firstNumber = ITEM_NUMBER.exec(text);
		const headingEnd = firstNumber ? firstNumber.index : text.length;
		const heading = SUB_MISSION.test(text) ? text.slice(0, headingEnd).trim() : null;
		if (heading) subMission = heading;
		const entries = splitItems(firstNumber ? text.slice(firstNumber.index) : '');

		const budgetArea = cells.slice(textCol + 1).map(clean);
		const hasBudget = budgetArea.some((x) => x && parseBudgetCell(x).kind !== 'invalid');
		if (!entries.length && !hasBudget) return; // a sub-ภารกิจ heading on its own row

		// A heading row that carried the budgets, then a row with the number and title only.
		if (entries.length === 1 && !hasBudget && pendingHead) {
			pendingHead.number = entries[0].number;
			pendingHead.title = entries[0].title;
			pendingHead.kind = kindOf(entries[0].title) ?? pendingHead.kind;
			const head = pendingHead.row;
			const drop = (i: PlanIssue) =>
				i.row === head && (i.code === 'no_number' || i.code === 'no_kind');
			issues.splice(0, issues.length, ...issues.filter((i) => !drop(i)));
			pendingHead = null;
			return;
		}
		pendingHead = null;

		if (!dimension) issues.push({ row, level: 'error', code: 'no_dimension' });
		if (!mission) issues.push({ row, level: 'error', code: 'no_mission' });

		const { yearCells, owner } = splitArea(budgetArea, years.length);
		const budgetSets = readBudgets(yearCells, years, Math.max(entries.length, 1));
		for (const bad of budgetSets.bad)
			issues.push({ row, level: 'error', code: 'bad_budget', detail: bad });
		const numbered = entries.length
			? entries
			: [{ number: nextNumber(items), title: heading ?? text, guessed: true }];

		numbered.forEach((entry, i) => {
			if ('guessed' in entry) {
				issues.push({ row, level: 'warning', code: 'no_number', detail: String(entry.number) });
			}
			if (items.some((it) => it.number === entry.number)) {
				issues.push({
					row,
					level: 'warning',
					code: 'duplicate_number',
					detail: String(entry.number)
				});
			}
			const kind = kindOf(entry.title);
			if (!kind)
				issues.push({ row, level: 'warning', code: 'no_kind', detail: String(entry.number) });
			const item: PlanRow = {
				row,
				dimension,
				mission,
				subMission,
				number: entry.number,
				kind: kind ?? 'activity',
				title: entry.title,
				budgets: budgetSets.perItem[i],
				owner
			};
			items.push(item);
			if ('guessed' in entry) pendingHead = item;
		});
	});
	return { years, items, stated, issues };
}

/** "๑๐) โครงการ ก ๑๑) กิจกรรม ข" → two entries; text before the first number is not an item. */
function splitItems(text: string): { number: number; title: string }[] {
	const marks = [...text.matchAll(ITEM_NUMBERS)];
	return marks.map((m, i) => {
		const from = m.index! + m[0].length;
		const to = i + 1 < marks.length ? marks[i + 1].index! : text.length;
		return { number: Number(m[1]), title: text.slice(from, to).trim() };
	});
}

function nextNumber(items: PlanRow[]): number {
	return items.reduce((max, it) => Math.max(max, it.number), 0) + 1;
}

function findHeader(rows: string[][]) {
	for (let row = 0; row < rows.length; row++) {
		const c = rows[row].map(plain);
		if (!isHeader(c)) continue;
		const yearCols: number[] = [];
		const years: number[] = [];
		c.forEach((x, i) => {
			// 'ปี 2566', 'ปีงบประมาณ พ.ศ. 2566', '2566', or as the plan prints it: 'ปี 2566 งบประมาณ (บาท)'.
			const m =
				/^(?:ปี\s*(?:งบ\s*ประมาณ\s*)?(?:พ\.ศ\.\s*)?)?(25[0-9]{2})(?:\s*งบ\s*ประมาณ)?(?:\s*\(?บาท\)?)?$/.exec(
					x
				);
			if (m) {
				yearCols.push(i);
				years.push(Number(m[1]));
			}
		});
		if (!years.length) continue;
		return { row, years, yearCols };
	}
	return null;
}

function isHeader(c: string[]): boolean {
	return DIMENSION_HEAD.test(c[0] ?? '') && /ภารกิจ/.test(c[1] ?? '');
}

function statedTotal(
	c: string[],
	yearCols: number[],
	years: number[],
	current: number
): StatedTotal | null {
	// "รวม" sits under ภารกิจ, or in the first column when the row slid left.
	const at = /^รวม/.test(c[1] ?? '') ? 1 : /^รวม/.test(c[0] ?? '') ? 0 : -1;
	if (at < 0) return null;
	const labelled = at === 1 ? TOTAL_DIMENSION.exec(c[0] ?? '') : null;
	const grand = /ทั้งสิ้น/.test(c[at]) || (!labelled && current === 0);
	const budgets: Record<number, number> = {};
	yearCols.forEach((col, i) => {
		const cell = parseBudgetCell(c[col - (1 - at)] ?? '');
		budgets[years[i]] = cell.kind === 'amount' ? cell.amount : 0;
	});
	return {
		dimension: labelled ? Number(labelled[1]) : grand ? null : current || null,
		budgets,
		count: c[at + 1] ?? ''
	};
}

const BUDGET_TOKEN = /ไม่\s*ใ\s*ช[้่]?\s*ง\s*บ(?:\s*ประมาณ|ฯ)?|[-–—]|[0-9][0-9,]*(?:\.[0-9]+)?/g;
const isWords = (x: string) => !!x && parseBudgetCell(x).kind === 'invalid' && !/[0-9๐-๙]/.test(x);

/**
 * The cells after the item: one budget per year, then the owners. A row whose cells slid a column
 * (words where a budget belongs, more budgets further on) keeps its budgets in order.
 */
function splitArea(area: string[], years: number): { yearCells: string[]; owner: string } {
	const positional = area.slice(0, years);
	const budgetLike = area.filter((x) => x && !isWords(x));
	if (positional.some(isWords) && budgetLike.length >= years) {
		return { yearCells: budgetLike.slice(0, years), owner: area.filter(isWords).join(' ') };
	}
	return { yearCells: positional, owner: area.slice(years).filter(isWords).join(' ') };
}

/** Each item's budgets; a merged cell of several items holds one budget per item in each year. */
function readBudgets(yearCells: string[], years: number[], count: number) {
	const perItem: PlanRow['budgets'][] = Array.from({ length: count }, () => ({}));
	const bad: string[] = [];
	let split = false;
	yearCells.forEach((cell, y) => {
		const one = parseBudgetCell(cell);
		const tokens = count > 1 ? (fromThaiDigits(cell).match(BUDGET_TOKEN) ?? []) : [];
		let values = [one];
		if (count > 1 && tokens.length === count) values = tokens.map(parseBudgetCell);
		else if (count > 1 && one.kind === 'unbudgeted') values = Array(count).fill(one);
		else if (count > 1 && one.kind !== 'blank') split = true;
		values.forEach((v, i) => {
			if (v.kind === 'amount') perItem[i][years[y]] = { amount: v.amount, unbudgeted: false };
			else if (v.kind === 'unbudgeted') perItem[i][years[y]] = { amount: null, unbudgeted: true };
			else if (v.kind === 'invalid') bad.push(v.text);
		});
	});
	return { perItem, bad, split };
}

function kindOf(title: string): PlanKind | null {
	const t = title.replace(/^["“”]/, '');
	const first = /^(โครงการ|มาตรการ|กิจกรรม)/.exec(t);
	const word = first?.[1] ?? /(โครงการ|มาตรการ|กิจกรรม)/.exec(t)?.[1];
	if (word === 'โครงการ') return 'project';
	if (word === 'มาตรการ') return 'measure';
	if (word === 'กิจกรรม') return 'activity';
	return null;
}

function numberOf(mission: string): string {
	return /^[0-9]+\.[0-9]+/.exec(mission)?.[0] ?? '';
}
