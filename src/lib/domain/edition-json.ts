/**
 * An edition as a JSON file: `{ format, version, edition }` where `edition` is the definition
 * (CatalogDefinition). Reading checks the shape with zod and then every item with the same rules
 * as the sheet (`build`), numbering problems by the item's place in the file.
 */
import { z } from 'zod';
import type { CatalogDefinition } from './catalog';
import { readHead } from './edition-head';
import { build, type EditionProblem, type EditionRecord } from './edition-records';
import type { ReadResult } from './edition-sheet';

export const JSON_FORMAT = 'ita-readiness/edition';

const str = (max: number) => z.string().max(max * 4);
const opt = (max: number) => str(max).optional();
const item = z.object({
	code: str(10),
	nameTh: str(500),
	nameEn: str(500).default(''),
	periodRule: str(40),
	allowsNothingToReport: z.boolean().default(false),
	nothingToReportHow: opt(1000),
	elements: z.array(str(2000)).max(100).default([]),
	noteTh: opt(2000)
});
const group = z.object({
	nameTh: str(500),
	nameEn: str(500).default(''),
	items: z.array(item).max(300)
});
const sub = z.object({
	code: str(20),
	nameTh: str(500),
	nameEn: str(500).default(''),
	groups: z.array(group).max(300)
});
const indicator = z.object({
	code: str(20),
	nameTh: str(500),
	nameEn: str(500).default(''),
	subIndicators: z.array(sub).max(100)
});
const file = z.object({
	format: z.literal(JSON_FORMAT),
	version: z.literal(1),
	edition: z.object({
		fiscalYear: z.number(),
		titleTh: str(300),
		titleEn: str(300).default(''),
		source: str(2000).default(''),
		notes: opt(4000),
		gaps: z.array(z.string().max(10)).max(300).optional(),
		scoring: z.unknown().optional(),
		indicators: z.array(indicator).max(20)
	})
});

/** The JSON text of an edition, as exported (status is not part of it: imports are custom). */
export function toJson(def: CatalogDefinition): string {
	const { status: _status, ...edition } = def;
	void _status;
	return JSON.stringify({ format: JSON_FORMAT, version: 1, edition }, null, 2) + '\n';
}

/** JSON text → a definition, or the problems ("item N" = the N-th item or empty group). */
export function fromJson(text: string): ReadResult {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, problems: [{ row: null, reason: 'unreadable' }] };
	}
	const parsed = file.safeParse(raw);
	if (!parsed.success) {
		const path = parsed.error.issues[0]?.path.join('.') ?? '';
		return { ok: false, problems: [{ row: null, reason: 'unreadable', value: path }] };
	}
	const e = parsed.data.edition;
	const head = readHead({
		fiscalYear: String(e.fiscalYear),
		titleTh: e.titleTh,
		titleEn: e.titleEn,
		source: e.source,
		notes: e.notes ?? '',
		gaps: (e.gaps ?? []).join(', '),
		scoringKind: '',
		scoring: e.scoring === undefined ? '' : JSON.stringify(e.scoring)
	});
	const records: EditionRecord[] = [];
	for (const ind of e.indicators)
		for (const s of ind.subIndicators)
			for (const g of s.groups) {
				const place = {
					...{ indicator: ind.code, indicatorTh: ind.nameTh, indicatorEn: ind.nameEn },
					...{ sub: s.code, subTh: s.nameTh, subEn: s.nameEn, groupTh: g.nameTh, groupEn: g.nameEn }
				};
				const rows = g.items.length ? g.items : [null];
				for (const it of rows)
					records.push({
						...place,
						row: records.length + 1,
						code: it?.code ?? '',
						nameTh: it?.nameTh ?? '',
						nameEn: it?.nameEn ?? '',
						rule: it?.periodRule ?? '',
						nothingToReport: it?.allowsNothingToReport ? 'yes' : 'no',
						how: it?.nothingToReportHow ?? '',
						elements: it?.elements ?? [],
						note: it?.noteTh ?? ''
					});
			}
	const built = build(records);
	const problems: EditionProblem[] = [...head.problems, ...built.problems];
	if (problems.length || !head.head) return { ok: false, problems };
	const items = records.filter((r) => r.code || r.nameTh).length;
	return { ok: true, definition: { ...head.head, indicators: built.tree }, items };
}
