/**
 * The edition's own fields in a file (fiscal year, titles, source, notes, gaps, scoring): checked
 * the same way for the XLSX "edition" sheet and the JSON file. An imported edition is always the
 * organisation's own (custom).
 */
import type { CatalogDefinition } from './catalog';
import {
	GRADE_SCHEME,
	RATINGS_FROM,
	ratingScheme,
	schemeForYear,
	scoringSchemeSchema
} from './scheme';
import { isFiscalYear } from './fiscal';
import type { EditionProblem } from './edition-records';
import { normaliseCode } from './edition-records';

export type EditionHead = Omit<CatalogDefinition, 'indicators'>;

export interface HeadFields {
	fiscalYear: string;
	titleTh: string;
	titleEn: string;
	source: string;
	notes: string;
	gaps: string;
	/** 'grade' or 'rating'; '' = the year's default. */
	scoringKind: string;
	/** The whole scheme as JSON text (exports write it); '' = the kind's default for the year. */
	scoring: string;
}

/** The default scheme of a year and kind (FY ≥ 2566 rates ผ่าน / ผ่านดี / ผ่านดีเยี่ยม). */
function defaultScheme(year: number, kind: string) {
	const base = kind === 'grade' ? GRADE_SCHEME : ratingScheme('item_mean', false);
	return schemeForYear(base, year);
}

export function readHead(f: HeadFields): { head: EditionHead | null; problems: EditionProblem[] } {
	const problems: EditionProblem[] = [];
	const add = (reason: EditionProblem['reason'], value?: string, other?: number) =>
		problems.push({ row: null, reason, value, other });
	const year = Number(f.fiscalYear.trim());
	if (!isFiscalYear(year)) add('bad_year', f.fiscalYear);
	if (!f.titleTh.trim()) add('no_title');
	if (f.titleTh.length > 300 || f.titleEn.length > 300) add('too_long', 'title', 300);
	if (f.source.length > 2000) add('too_long', 'source', 2000);
	if (f.notes.length > 4000) add('too_long', 'notes', 4000);
	const kind = f.scoringKind.trim().toLowerCase();
	if (kind && kind !== 'grade' && kind !== 'rating') add('bad_scoring', f.scoringKind);
	let scoring = null;
	if (f.scoring.trim()) {
		try {
			const parsed = scoringSchemeSchema.safeParse(JSON.parse(f.scoring));
			if (parsed.success && (!kind || parsed.data.kind === kind)) scoring = parsed.data;
		} catch {
			/* reported below */
		}
		if (!scoring) add('bad_scoring', f.scoring.slice(0, 40));
	}
	const gaps = f.gaps
		.split(/[\s,]+/)
		.filter(Boolean)
		.map((g) => normaliseCode(g) ?? g);
	const badGap = gaps.find((g) => !/^o[0-9]+$/.test(g));
	if (badGap) add('bad_code', badGap);
	if (problems.length) return { head: null, problems };
	return {
		head: {
			fiscalYear: year,
			status: 'custom',
			titleTh: f.titleTh.trim(),
			titleEn: f.titleEn.trim(),
			source: f.source.trim(),
			...(f.notes.trim() ? { notes: f.notes.trim() } : {}),
			...(gaps.length ? { gaps } : {}),
			scoring: scoring ?? defaultScheme(year, kind || (year >= RATINGS_FROM ? 'rating' : 'grade'))
		},
		problems
	};
}

export function headFields(def: EditionHead): HeadFields {
	return {
		fiscalYear: String(def.fiscalYear),
		titleTh: def.titleTh,
		titleEn: def.titleEn,
		source: def.source,
		notes: def.notes ?? '',
		gaps: (def.gaps ?? []).join(', '),
		scoringKind: def.scoring.kind,
		scoring: JSON.stringify(def.scoring)
	};
}
