/**
 * An edition as flat records, one per item (or per empty group), and back: the common ground of
 * the XLSX sheet and the JSON file. `build` checks every record and reports each bad one with its
 * row, so an import either yields a whole definition or a list of problems — never half of one.
 */
import type { CatalogDefinition, CatalogItem } from './catalog';
import { isPeriodRule } from './period-rule';

export const MAX_EDITION_BYTES = 2 * 1024 * 1024;
export const MAX_EDITION_ROWS = 300;

export type EditionProblemReason =
	| 'no_file'
	| 'empty'
	| 'unreadable'
	| 'file_type'
	| 'too_large'
	| 'too_many_rows'
	| 'encoding'
	| 'missing_column'
	| 'no_items'
	| 'bad_code'
	| 'duplicate_code'
	| 'no_indicator'
	| 'no_sub'
	| 'no_group'
	| 'empty_name'
	| 'unknown_rule'
	| 'bad_flag'
	| 'name_conflict'
	| 'too_long'
	| 'bad_year'
	| 'no_title'
	| 'bad_scoring'
	| 'forbidden'
	| 'other_year'
	| 'in_use'
	| 'stale';

export interface EditionProblem {
	/** Sheet row (1 = header) or item number in a JSON file; null for the whole file. */
	row: number | null;
	reason: EditionProblemReason;
	value?: string;
	other?: string | number;
}

export interface EditionRecord {
	row: number;
	code: string;
	indicator: string;
	indicatorTh: string;
	indicatorEn: string;
	sub: string;
	subTh: string;
	subEn: string;
	groupTh: string;
	groupEn: string;
	nameTh: string;
	nameEn: string;
	rule: string;
	/** 'yes' / 'no' / '' as written; see `readFlag`. */
	nothingToReport: string;
	how: string;
	elements: string[];
	note: string;
}

const BLANK: Omit<EditionRecord, 'row'> = {
	code: '',
	...{ indicator: '', indicatorTh: '', indicatorEn: '', sub: '', subTh: '', subEn: '' },
	...{ groupTh: '', groupEn: '', nameTh: '', nameEn: '', rule: '', nothingToReport: '' },
	...{ how: '', elements: [], note: '' }
};

/** The records of a definition, in order; an empty group gets a record without an item. */
export function toRecords(def: CatalogDefinition): EditionRecord[] {
	const out: EditionRecord[] = [];
	for (const ind of def.indicators)
		for (const sub of ind.subIndicators)
			for (const g of sub.groups) {
				const place = {
					...{ indicator: ind.code, indicatorTh: ind.nameTh, indicatorEn: ind.nameEn },
					...{ sub: sub.code, subTh: sub.nameTh, subEn: sub.nameEn },
					...{ groupTh: g.nameTh, groupEn: g.nameEn }
				};
				if (!g.items.length) out.push({ ...BLANK, ...place, row: out.length + 2 });
				for (const item of g.items)
					out.push({
						...BLANK,
						...place,
						row: out.length + 2,
						code: item.code,
						nameTh: item.nameTh,
						nameEn: item.nameEn,
						rule: item.periodRule,
						nothingToReport: item.allowsNothingToReport ? 'ใช่' : 'ไม่',
						how: item.nothingToReportHow ?? '',
						elements: item.elements,
						note: item.noteTh ?? ''
					});
			}
	return out;
}

/** 'o7', 'O7', '7', '๗' → 'o7'; null when it is not an item code. */
export function normaliseCode(text: string): string | null {
	const digits = text
		.trim()
		.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50))
		.replace(/^[oO]/, '');
	if (!/^[0-9]{1,3}$/.test(digits) || Number(digits) < 1) return null;
	return `o${Number(digits)}`;
}

const YES = ['yes', 'y', 'true', '1', 'ใช่', 'ได้', '✓'];
const NO = ['', 'no', 'n', 'false', '0', 'ไม่', 'ไม่ได้', '-'];

/** The "nothing to report allowed" cell: null when it says neither yes nor no. */
export function readFlag(text: string): boolean | null {
	const t = text.trim().toLowerCase();
	return YES.includes(t) ? true : NO.includes(t) ? false : null;
}

const LIMITS: [keyof EditionRecord, number][] = [
	['nameTh', 500],
	['nameEn', 500],
	['indicatorTh', 500],
	['indicatorEn', 500],
	['subTh', 500],
	['subEn', 500],
	['groupTh', 500],
	['groupEn', 500],
	['how', 1000],
	['note', 2000]
];

type Tree = CatalogDefinition['indicators'];

/** Records → the indicator tree, or every problem found (each with its row). */
export function build(records: EditionRecord[]): { tree: Tree; problems: EditionProblem[] } {
	const problems: EditionProblem[] = [];
	const tree: Tree = [];
	const codes = new Map<string, number>();
	const subs = new Map<string, { ind: string; row: number }>();
	const add = (
		row: number,
		reason: EditionProblemReason,
		value?: string,
		other?: string | number
	) => problems.push({ row, reason, value, other });
	let items = 0;
	for (const r of records) {
		const before = problems.length;
		for (const [field, max] of LIMITS)
			if (String(r[field]).length > max) add(r.row, 'too_long', String(field), max);
		if (r.elements.some((e) => e.length > 2000)) add(r.row, 'too_long', 'elements', 2000);
		if (!r.sub.trim()) add(r.row, 'no_sub', r.code);
		else if (!r.indicator.trim()) add(r.row, 'no_indicator', r.sub);
		if (!r.groupTh.trim()) add(r.row, 'no_group', r.code);
		const seen = subs.get(r.sub);
		if (r.sub && seen && seen.ind !== r.indicator) add(r.row, 'name_conflict', r.sub, seen.row);
		else if (r.sub && !seen) subs.set(r.sub, { ind: r.indicator, row: r.row });
		let item: CatalogItem | null = null;
		if (r.code.trim() || r.nameTh.trim()) {
			const code = normaliseCode(r.code);
			if (!code) add(r.row, 'bad_code', r.code);
			else if (codes.has(code)) add(r.row, 'duplicate_code', code, codes.get(code));
			else codes.set(code, r.row);
			if (!r.nameTh.trim()) add(r.row, 'empty_name', code ?? r.code);
			if (!isPeriodRule(r.rule.trim())) add(r.row, 'unknown_rule', r.rule);
			const ntr = readFlag(r.nothingToReport);
			if (ntr === null) add(r.row, 'bad_flag', r.nothingToReport);
			item = {
				code: code ?? '',
				nameTh: r.nameTh.trim(),
				nameEn: r.nameEn.trim(),
				periodRule: r.rule.trim() as CatalogItem['periodRule'],
				allowsNothingToReport: ntr === true,
				...(r.how.trim() ? { nothingToReportHow: r.how.trim() } : {}),
				elements: r.elements.map((e) => e.trim()).filter(Boolean),
				...(r.note.trim() ? { noteTh: r.note.trim() } : {})
			};
			items++;
		}
		if (problems.length > before) continue;
		place(tree, r, item);
	}
	if (!items && !problems.length) problems.push({ row: null, reason: 'no_items' });
	return { tree, problems };
}

/** Files the record under its indicator, sub-indicator and group (first appearance sets names). */
function place(tree: Tree, r: EditionRecord, item: CatalogItem | null) {
	let ind = tree.find((i) => i.code === r.indicator.trim());
	if (!ind) {
		ind = {
			code: r.indicator.trim(),
			nameTh: r.indicatorTh.trim(),
			nameEn: r.indicatorEn.trim(),
			subIndicators: []
		};
		tree.push(ind);
	}
	let sub = ind.subIndicators.find((s) => s.code === r.sub.trim());
	if (!sub) {
		sub = { code: r.sub.trim(), nameTh: r.subTh.trim(), nameEn: r.subEn.trim(), groups: [] };
		ind.subIndicators.push(sub);
	}
	let group = sub.groups.find((g) => g.nameTh === r.groupTh.trim());
	if (!group) {
		group = { nameTh: r.groupTh.trim(), nameEn: r.groupEn.trim(), items: [] };
		sub.groups.push(group);
	}
	if (item) group.items.push(item);
}
