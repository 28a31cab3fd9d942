/**
 * Catalogue editions (see supabase/migrations/*_editions.sql): writing a whole edition from its
 * definition, reading one back as a definition, and listing what a caller may use.
 */
import type { CatalogDefinition, EditionStatus } from '$lib/domain/catalog';
import { schemeForYear, scoringSchemeSchema, type ScoringScheme } from '$lib/domain/scheme';
import type { PeriodRule } from '$lib/domain/period-rule';
import { shiftYears } from '$lib/domain/year-shift';
import type { Tx } from './db/port';

export interface EditionSummary {
	id: string;
	fiscal_year: number;
	status: EditionStatus;
	org_id: string | null;
	title_th: string;
	title_en: string;
	source: string;
	notes: string | null;
	gaps: string[];
	based_on: string | null;
	version: number;
	scoring: ScoringScheme;
	items: number;
	/** Rounds answering it. */
	rounds: number;
}

type Row = Omit<EditionSummary, 'scoring'> & { scoring: unknown } & Record<string, unknown>;
const summary = (r: Row): EditionSummary => ({
	...r,
	scoring: scoringSchemeSchema.parse(r.scoring)
});

const SUMMARY = `select c.id, c.fiscal_year, c.status, c.org_id, c.title_th, c.title_en, c.source, c.notes,
		c.gaps, c.based_on, c.version, c.scoring,
		(select count(*) from public.catalog_items i where i.catalog_id = c.id)::int as items,
		(select count(*) from public.cycles y where y.catalog_id = c.id)::int as rounds
	from public.catalogs c`;

/** Every edition the caller sees (shipped ones and its organisation's), newest year first. */
export async function list(tx: Tx): Promise<EditionSummary[]> {
	const rows = await tx.query<Row>(
		`${SUMMARY} order by c.fiscal_year desc,
			case c.status when 'official' then 0 when 'custom' then 1 else 2 end, c.created_at desc`
	);
	return rows.map(summary);
}

export async function get(tx: Tx, id: string): Promise<EditionSummary | null> {
	const [row] = await tx.query<Row>(`${SUMMARY} where c.id = $1`, [id]);
	return row ? summary(row) : null;
}

/** The shipped edition a year's public pages show: official before provisional. */
export async function shippedFor(tx: Tx, fiscalYear: number): Promise<EditionSummary | null> {
	const [row] = await tx.query<Row>(
		`${SUMMARY} where c.fiscal_year = $1 and c.org_id is null
		 order by case c.status when 'official' then 0 else 1 end limit 1`,
		[fiscalYear]
	);
	return row ? summary(row) : null;
}

export interface InsertOptions {
	orgId: string | null;
	basedOn?: string | null;
	shippedKey?: string | null;
	contentHash?: string | null;
}

/** Writes a whole edition; returns its id. RLS decides who may (the loader, or coordinators). */
export async function insert(tx: Tx, def: CatalogDefinition, opts: InsertOptions): Promise<string> {
	const [{ id: catalogId }] = await tx.query<{ id: string }>(
		`insert into public.catalogs (fiscal_year, status, org_id, title_th, title_en, source, notes, gaps,
			based_on, scoring)
		 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
		[
			def.fiscalYear,
			def.status,
			opts.orgId,
			def.titleTh,
			def.titleEn,
			def.source,
			def.notes ?? null,
			def.gaps ?? [],
			opts.basedOn ?? null,
			JSON.stringify(def.scoring)
		]
	);
	if (opts.shippedKey) {
		await tx.query('update public.catalogs set shipped_key = $2, content_hash = $3 where id = $1', [
			catalogId,
			opts.shippedKey,
			opts.contentHash ?? null
		]);
	}
	await insertTree(tx, catalogId, def);
	return catalogId;
}

/** Writes the indicators → … → elements of a definition under an (empty) edition. */
export async function insertTree(
	tx: Tx,
	catalogId: string,
	def: Pick<CatalogDefinition, 'indicators'>
): Promise<void> {
	let itemPos = 0;
	for (const [i, ind] of def.indicators.entries()) {
		const [{ id: indId }] = await tx.query<{ id: string }>(
			`insert into public.catalog_indicators (catalog_id, code, name_th, name_en, position)
			 values ($1, $2, $3, $4, $5) returning id`,
			[catalogId, ind.code, ind.nameTh, ind.nameEn, i]
		);
		for (const [j, sub] of ind.subIndicators.entries()) {
			const [{ id: subId }] = await tx.query<{ id: string }>(
				`insert into public.catalog_sub_indicators (catalog_id, indicator_id, code, name_th, name_en, position)
				 values ($1, $2, $3, $4, $5, $6) returning id`,
				[catalogId, indId, sub.code, sub.nameTh, sub.nameEn, j]
			);
			for (const [k, group] of sub.groups.entries()) {
				const [{ id: groupId }] = await tx.query<{ id: string }>(
					`insert into public.catalog_groups (sub_indicator_id, name_th, name_en, position)
					 values ($1, $2, $3, $4) returning id`,
					[subId, group.nameTh, group.nameEn, k]
				);
				for (const item of group.items) {
					const [{ id: itemId }] = await tx.query<{ id: string }>(
						`insert into public.catalog_items (catalog_id, group_id, code, position, name_th, name_en,
							period_rule, allows_nothing_to_report, nothing_to_report_how, note_th)
						 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
						[
							catalogId,
							groupId,
							item.code,
							itemPos++,
							item.nameTh,
							item.nameEn,
							item.periodRule,
							item.allowsNothingToReport,
							item.nothingToReportHow ?? null,
							item.noteTh ?? null
						]
					);
					if (item.elements.length) {
						await tx.query(
							`insert into public.catalog_elements (item_id, position, text_th)
							 select $1, e.ord - 1, e.txt from unnest($2::text[]) with ordinality as e(txt, ord)`,
							[itemId, item.elements]
						);
					}
				}
			}
		}
	}
}

interface TreeRow {
	ind_code: string;
	ind_th: string;
	ind_en: string;
	sub_code: string;
	sub_th: string;
	sub_en: string;
	group_id: string;
	group_th: string;
	group_en: string;
	code: string | null;
	name_th: string | null;
	name_en: string | null;
	period_rule: PeriodRule | null;
	allows_nothing_to_report: boolean | null;
	nothing_to_report_how: string | null;
	note_th: string | null;
	elements: string[] | null;
}

/** An edition read back as a definition (copy, export, diff, rollover); null if not visible. */
export async function definition(tx: Tx, id: string): Promise<CatalogDefinition | null> {
	const [head] = await tx.query<{
		fiscal_year: number;
		status: EditionStatus;
		title_th: string;
		title_en: string;
		source: string;
		notes: string | null;
		gaps: string[];
		scoring: unknown;
	}>(
		'select fiscal_year, status, title_th, title_en, source, notes, gaps, scoring from public.catalogs where id = $1',
		[id]
	);
	if (!head) return null;
	const rows = await tx.query<TreeRow & Record<string, unknown>>(
		`select ind.code as ind_code, ind.name_th as ind_th, ind.name_en as ind_en,
			s.code as sub_code, s.name_th as sub_th, s.name_en as sub_en,
			g.id as group_id, g.name_th as group_th, g.name_en as group_en,
			i.code, i.name_th, i.name_en, i.period_rule, i.allows_nothing_to_report,
			i.nothing_to_report_how, i.note_th,
			(select array_agg(e.text_th order by e.position) from public.catalog_elements e
				where e.item_id = i.id) as elements
		 from public.catalog_indicators ind
		 join public.catalog_sub_indicators s on s.indicator_id = ind.id
		 join public.catalog_groups g on g.sub_indicator_id = s.id
		 left join public.catalog_items i on i.group_id = g.id
		 where ind.catalog_id = $1
		 order by ind.position, s.position, g.position, i.position`,
		[id]
	);
	const def: CatalogDefinition = {
		fiscalYear: head.fiscal_year,
		status: head.status,
		titleTh: head.title_th,
		titleEn: head.title_en,
		source: head.source,
		...(head.notes ? { notes: head.notes } : {}),
		...(head.gaps.length ? { gaps: head.gaps } : {}),
		scoring: scoringSchemeSchema.parse(head.scoring),
		indicators: []
	};
	for (const r of rows) {
		let ind = def.indicators.at(-1);
		if (ind?.code !== r.ind_code) {
			ind = { code: r.ind_code, nameTh: r.ind_th, nameEn: r.ind_en, subIndicators: [] };
			def.indicators.push(ind);
		}
		let sub = ind.subIndicators.at(-1);
		if (sub?.code !== r.sub_code) {
			sub = { code: r.sub_code, nameTh: r.sub_th, nameEn: r.sub_en, groups: [] };
			ind.subIndicators.push(sub);
		}
		let group = sub.groups.at(-1) as (typeof sub.groups)[number] & { id?: string };
		if (group?.id !== r.group_id) {
			group = { nameTh: r.group_th, nameEn: r.group_en, items: [] };
			Object.defineProperty(group, 'id', { value: r.group_id, enumerable: false });
			sub.groups.push(group);
		}
		if (r.code === null) continue;
		group.items.push({
			code: r.code,
			nameTh: r.name_th!,
			nameEn: r.name_en!,
			periodRule: r.period_rule!,
			allowsNothingToReport: r.allows_nothing_to_report!,
			...(r.nothing_to_report_how ? { nothingToReportHow: r.nothing_to_report_how } : {}),
			elements: r.elements ?? [],
			...(r.note_th ? { noteTh: r.note_th } : {})
		});
	}
	return def;
}

/**
 * A definition moved to another fiscal year: the title, item names and elements that name the
 * year move with it. Notes keep their years: they say where the list came from.
 */
export function forYear(def: CatalogDefinition, fiscalYear: number): CatalogDefinition {
	const shift = (s: string) => shiftYears(s, def.fiscalYear, fiscalYear);
	return {
		...def,
		fiscalYear,
		titleTh: shift(def.titleTh),
		titleEn: shift(def.titleEn),
		scoring: schemeForYear(def.scoring, fiscalYear),
		indicators: def.indicators.map((ind) => ({
			...ind,
			subIndicators: ind.subIndicators.map((sub) => ({
				...sub,
				groups: sub.groups.map((g) => ({
					...g,
					items: g.items.map((item) => ({
						...item,
						nameTh: shift(item.nameTh),
						elements: item.elements.map(shift)
					}))
				}))
			}))
		}))
	};
}

/**
 * Copies an edition the caller can read into a new custom edition of the organisation for
 * `fiscalYear` (a starting point: the source stays as it is). Returns the new edition's id.
 */
export async function copy(
	tx: Tx,
	sourceId: string,
	orgId: string,
	fiscalYear: number
): Promise<string | null> {
	const def = await definition(tx, sourceId);
	if (!def) return null;
	const moved = forYear(def, fiscalYear);
	const own = (title: string) =>
		title.replace(/\s*\((ฉบับชั่วคราว|ฉบับทางการ|provisional|official)\)$/i, '');
	return insert(
		tx,
		{ ...moved, status: 'custom', titleTh: own(moved.titleTh), titleEn: own(moved.titleEn) },
		{ orgId, basedOn: sourceId }
	);
}
