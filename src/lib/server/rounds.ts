/**
 * Opening a round (cycle) for a fiscal year on an edition: that year's own edition, or an
 * earlier one taken as the starting point (copied into the organisation's own edition for the
 * year, its texts moved to the year).
 */
import { defaultCalendar, type CycleCalendar } from '$lib/domain/cycle-calendar';
import { bangkokDate, fiscalYearOf } from '$lib/domain/fiscal';
import type { EditionStatus } from '$lib/domain/catalog';
import type { Tx } from './db/port';
import { openCycle } from './cycles';
import * as editions from './editions';

/** The fiscal year of today in Bangkok: the year a new organisation starts in. */
export function currentFiscalYear(now: Date = new Date()): number {
	return fiscalYearOf(bangkokDate(now));
}

export interface EditionChoice {
	id: string;
	fiscal_year: number;
	status: EditionStatus;
	title_th: string;
	title_en: string;
	source: string;
	items: number;
	/** An earlier year's list: the round gets a copy moved to its year. */
	starting_point: boolean;
}

/**
 * What a round of `fiscalYear` may answer, best first: that year's editions (official, then the
 * organisation's own, then provisional), then earlier years' as starting points, newest first.
 */
export async function choicesFor(tx: Tx, fiscalYear: number): Promise<EditionChoice[]> {
	const all = await editions.list(tx);
	return all
		.filter((e) => e.fiscal_year <= fiscalYear && e.items > 0)
		.map((e) => ({
			id: e.id,
			fiscal_year: e.fiscal_year,
			status: e.status,
			title_th: e.title_th,
			title_en: e.title_en,
			source: e.source,
			items: e.items,
			starting_point: e.fiscal_year < fiscalYear
		}));
}

/** The edition set-up takes without asking: the year's official one, if there is one. */
export function defaultChoice(choices: EditionChoice[]): EditionChoice | null {
	return choices.find((c) => !c.starting_point && c.status === 'official') ?? null;
}

export class RoundExists extends Error {
	constructor(readonly fiscalYear: number) {
		super(`A round for fiscal year ${fiscalYear} exists`);
	}
}

export interface NewRound {
	orgId: string;
	fiscalYear: number;
	editionId: string;
	calendar?: CycleCalendar;
}

/** Opens the round; null when the edition is not one the caller may use for the year. */
export async function openRound(
	tx: Tx,
	input: NewRound
): Promise<{ cycleId: string; editionId: string } | null> {
	const [taken] = await tx.query(
		'select 1 from public.cycles where org_id = $1 and fiscal_year = $2',
		[input.orgId, input.fiscalYear]
	);
	if (taken) throw new RoundExists(input.fiscalYear);
	const source = await editions.get(tx, input.editionId);
	if (!source || source.fiscal_year > input.fiscalYear || source.items === 0) return null;
	if (source.org_id !== null && source.org_id !== input.orgId) return null;
	const editionId =
		source.fiscal_year === input.fiscalYear
			? source.id
			: await editions.copy(tx, source.id, input.orgId, input.fiscalYear);
	if (!editionId) return null;
	const cycleId = await openCycle(tx, {
		orgId: input.orgId,
		fiscalYear: input.fiscalYear,
		catalogId: editionId,
		...(input.calendar ?? defaultCalendar(input.fiscalYear))
	});
	return { cycleId, editionId };
}
