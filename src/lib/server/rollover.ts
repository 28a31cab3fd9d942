/**
 * Rolling a round into the next fiscal year: the next round opens on an edition of its year, the
 * owners and due-date offsets of mapped items carry over, and their evidence URLs come along as
 * drafts marked "from last year — check the year". All in the caller's transaction, under RLS.
 *
 * Carried evidence keeps its URL, title, note and the elements whose text is unchanged; its period
 * (span and month) is cleared, because last year's document does not cover this year and a shifted
 * span would meet this year's rule silently. Dated rules stay unmet until someone states the
 * period of this year's document; every part that receives evidence starts in draft.
 */
import type { CatalogDefinition } from '$lib/domain/catalog';
import { itemsOf, proposeMapping, type MappingEntry, type Pair } from '$lib/domain/item-mapping';
import { carryDueDate, carryMonthDues } from '$lib/domain/carry-dates';
import { defaultCalendar, itemDueDefaults, type CycleCalendar } from '$lib/domain/cycle-calendar';
import type { OwnerMode } from '$lib/domain/owners';
import { shiftYears } from '$lib/domain/year-shift';
import type { Tx } from './db/port';
import { assign } from './assignments';
import { openCycle } from './cycles';
import * as editions from './editions';

/** Target "a copy of this round's edition, moved to next year". */
export const COPY = 'copy';

export type Refusal = 'noRound' | 'roundExists' | 'roundHasEvidence' | 'editionUnavailable';

export class RolloverRefused extends Error {
	constructor(readonly reason: Refusal) {
		super(reason);
	}
}

/** A mapping names an item that neither list has. */
export class UnknownItem extends Error {
	constructor(readonly code: string) {
		super(`Unknown item ${code}`);
	}
}

interface SourceRound extends CycleCalendar {
	id: string;
	catalogId: string;
	target: number;
}

async function sourceRound(tx: Tx, orgId: string, year: number): Promise<SourceRound> {
	const [row] = await tx.query<SourceRound & Record<string, unknown>>(
		`select id, catalog_id as "catalogId", target::float8 as target, oit_opens as "oitOpens",
			oit_closes as "oitCloses", internal_deadline as "internalDeadline"
		 from public.cycles where org_id = $1 and fiscal_year = $2`,
		[orgId, year]
	);
	if (!row) throw new RolloverRefused('noRound');
	return row;
}

/** Refuses a year that has a round already (with evidence: a stronger message). */
export async function assertYearFree(tx: Tx, orgId: string, year: number): Promise<void> {
	const [row] = await tx.query<{ evidence: boolean }>(
		`select exists (select 1 from public.evidence e join public.parts p on p.id = e.part_id
			join public.assignments a on a.id = p.assignment_id where a.cycle_id = c.id) as evidence
		 from public.cycles c where c.org_id = $1 and c.fiscal_year = $2`,
		[orgId, year]
	);
	if (row) throw new RolloverRefused(row.evidence ? 'roundHasEvidence' : 'roundExists');
}

/** Next year's editions the organisation may answer (shipped or its own, with items). */
export async function targets(tx: Tx, year: number): Promise<editions.EditionSummary[]> {
	return (await editions.list(tx)).filter((e) => e.fiscal_year === year + 1 && e.items > 0);
}

export interface Preview {
	fromEditionId: string;
	/** null for a copy not yet made. */
	toEditionId: string | null;
	from: CatalogDefinition;
	to: CatalogDefinition;
	entries: MappingEntry[];
}

/** The two editions of a rollover from `year` and the proposed mapping; null if unusable. */
export async function preview(
	tx: Tx,
	orgId: string,
	year: number,
	target: string
): Promise<Preview | null> {
	const round = await sourceRound(tx, orgId, year);
	const from = await editions.definition(tx, round.catalogId);
	if (!from) return null;
	let to: CatalogDefinition | null;
	if (target === COPY) to = editions.forYear(from, year + 1);
	else {
		const ok = (await targets(tx, year)).some((e) => e.id === target);
		to = ok ? await editions.definition(tx, target) : null;
	}
	if (!to) return null;
	const toEditionId = target === COPY ? null : target;
	return {
		fromEditionId: round.catalogId,
		toEditionId,
		from,
		to,
		entries: proposeMapping(from, to)
	};
}

interface OldAssignment {
	code: string;
	owner_mode: OwnerMode;
	due_date: string;
	month_dues: Record<string, string>;
	/** Lead first. */
	divisions: string[];
	evidence: {
		id: string;
		division_id: string;
		url: string;
		title: string | null;
		note: string | null;
		element_positions: number[];
	}[];
}

export interface RolloverResult {
	cycleId: string;
	year: number;
	assignments: number;
	evidence: number;
}

/**
 * Opens next year's round from `year`'s on `target` (an edition id of next year, or COPY) and
 * carries what `pairs` (old code → new code) say. Throws RolloverRefused; the caller's
 * transaction makes it all or nothing.
 */
export async function roll(
	tx: Tx,
	input: { orgId: string; year: number; target: string; pairs: readonly Pair[] }
): Promise<RolloverResult> {
	const { orgId, year } = input;
	const next = year + 1;
	const round = await sourceRound(tx, orgId, year);
	await assertYearFree(tx, orgId, next);
	const editionId =
		input.target === COPY
			? await editions.copy(tx, round.catalogId, orgId, next)
			: (await targets(tx, year)).some((e) => e.id === input.target)
				? input.target
				: null;
	if (!editionId) throw new RolloverRefused('editionUnavailable');
	const calendar = defaultCalendar(next);
	const cycleId = await openCycle(tx, {
		orgId,
		fiscalYear: next,
		catalogId: editionId,
		target: round.target,
		...calendar
	});
	const [from, to] = await Promise.all([
		editions.definition(tx, round.catalogId),
		editions.definition(tx, editionId)
	]);
	if (!from || !to) throw new RolloverRefused('editionUnavailable');

	const olds = await oldAssignments(tx, round.id);
	const active = new Set(
		(
			await tx.query<{ id: string }>(
				'select id from public.divisions where org_id = $1 and archived_at is null',
				[orgId]
			)
		).map((d) => d.id)
	);
	const newIds = new Map(
		(
			await tx.query<{ id: string; code: string }>(
				'select id, code from public.catalog_items where catalog_id = $1',
				[editionId]
			)
		).map((r) => [r.code, r.id])
	);
	const oldOrder = itemsOf(from).map((i) => i.code);
	const oldItems = new Map(itemsOf(from).map((i) => [i.code, i]));
	const unknown = input.pairs.find(([f, t]) => !oldItems.has(f) || !newIds.has(t));
	if (unknown) throw new UnknownItem(oldItems.has(unknown[0]) ? unknown[1] : unknown[0]);
	let assignments = 0;
	const carried: CarriedRow[] = [];
	for (const item of itemsOf(to)) {
		const sources = input.pairs
			.filter((p) => p[1] === item.code)
			.map((p) => p[0])
			.sort((a, b) => oldOrder.indexOf(a) - oldOrder.indexOf(b))
			.flatMap((code) => olds.get(code) ?? []);
		if (!sources.length) continue;
		const lead = sources[0];
		const divisionIds = [
			...new Set(sources.filter((s) => s.owner_mode === 'divisions').flatMap((s) => s.divisions))
		].filter((d) => active.has(d));
		if (lead.owner_mode === 'divisions' && !divisionIds.length) continue;
		const due = sources
			.map((s) => carryDueDate(s.due_date, round, calendar))
			.reduce((a, b) => (a <= b ? a : b));
		const defaults = itemDueDefaults({ fiscalYear: next, ...calendar }, item);
		const assignmentId = await assign(tx, {
			orgId,
			cycleId,
			itemId: newIds.get(item.code)!,
			ownerMode: lead.owner_mode,
			divisionIds,
			dueDate: due,
			monthDues: carryMonthDues(lead.month_dues, defaults.monthDues, 1, calendar.oitCloses)
		});
		assignments++;
		if (!sources.some((s) => s.evidence.length)) continue;
		const parts = await tx.query<{ id: string; division_id: string }>(
			'select id, division_id from public.parts where assignment_id = $1 order by is_lead desc',
			[assignmentId]
		);
		for (const source of sources) {
			const oldElements = (oldItems.get(source.code)?.elements ?? []).map((e) =>
				shiftYears(e, year, next)
			);
			for (const e of source.evidence) {
				const part = parts.find((p) => p.division_id === e.division_id) ?? parts[0];
				if (!part) continue;
				carried.push({
					part_id: part.id,
					url: e.url,
					title: e.title,
					note: e.note,
					element_positions: e.element_positions
						.map((p) => item.elements.indexOf(oldElements[p]))
						.filter((p) => p >= 0),
					carried_from: e.id
				});
			}
		}
	}
	await carry(tx, orgId, carried);
	const evidence = carried.length;
	return { cycleId, year: next, assignments, evidence };
}

interface CarriedRow {
	part_id: string;
	url: string;
	title: string | null;
	note: string | null;
	element_positions: number[];
	carried_from: string;
}

/** Writes the carried evidence in one statement; the parts that got some start in draft. */
async function carry(tx: Tx, orgId: string, rows: CarriedRow[]): Promise<void> {
	if (!rows.length) return;
	await tx.query(
		`insert into public.evidence (org_id, part_id, kind, url, title, note, element_positions, carried_from)
		 select $1, x.part_id, 'url', x.url, x.title, x.note, x.element_positions, x.carried_from
		 from jsonb_to_recordset($2::jsonb) as x(part_id uuid, url text, title text, note text,
			element_positions smallint[], carried_from uuid)`,
		[orgId, JSON.stringify(rows)]
	);
	await tx.query(
		`update public.parts set status = 'draft' where id = any($1::uuid[]) and status = 'not_started'`,
		[[...new Set(rows.map((r) => r.part_id))]]
	);
}

/** Last year's assignments by item code, with their owners and live URL evidence. */
async function oldAssignments(tx: Tx, cycleId: string): Promise<Map<string, OldAssignment>> {
	const rows = await tx.query<OldAssignment & Record<string, unknown>>(
		`select i.code, a.owner_mode, a.due_date, a.month_dues,
			array(select p.division_id from public.parts p where p.assignment_id = a.id
				order by p.is_lead desc, p.created_at) as divisions,
			coalesce((select jsonb_agg(jsonb_build_object('id', e.id, 'division_id', p.division_id,
					'url', e.url, 'title', e.title, 'note', e.note,
					'element_positions', e.element_positions) order by e.created_at)
				from public.evidence e join public.parts p on p.id = e.part_id
				where p.assignment_id = a.id and e.deleted_at is null and e.kind = 'url'), '[]'::jsonb) as evidence
		 from public.assignments a join public.catalog_items i on i.id = a.item_id
		 where a.cycle_id = $1`,
		[cycleId]
	);
	return new Map(rows.map((r) => [r.code, r]));
}
