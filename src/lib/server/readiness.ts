import type { Tx } from './db/port';
import type { CycleRef } from './cycle-items';
import type { PeriodRule } from '$lib/domain/period-rule';
import type { ScoringScheme } from '$lib/domain/scheme';
import { scheme as editionScheme } from './cycle-scheme';
import { LINK_CHECK_COLUMNS } from './link-check-columns';
import type { ItemStatus } from '$lib/domain/status';
import { itemReadiness, type EvidenceFacts, type ItemReadiness } from '$lib/domain/item-state';
import {
	finishFirst,
	itemScore,
	scoreCycle,
	type CycleScore,
	type FinishFirstEntry,
	type ScoreRow
} from '$lib/domain/scoring';

interface ItemRow extends ScoreRow {
	name_th: string;
	name_en: string;
	period_rule: PeriodRule;
	allows_nothing_to_report: boolean;
	element_count: number;
	due_date: string | null;
	parts: { status: ItemStatus; division_id: string; division_name: string; archived: boolean }[];
	evidence: (EvidenceFacts & { url: string | null; note: string | null; title: string | null })[];
}

export interface CycleInputs {
	target: number;
	iit: number | null;
	eit: number | null;
}

export interface Readiness {
	items: (ItemRow & { readiness: ItemReadiness; score: { confirmed: number; pipeline: number } })[];
	inputs: CycleInputs;
	confirmed: CycleScore;
	pipeline: CycleScore;
	finishFirst: FinishFirstEntry[];
	/** The scoring rules of the round's edition. */
	scheme: ScoringScheme;
}

type PartFacts = ItemRow['parts'][number];
type EvidenceOf = ItemRow['evidence'][number];

/**
 * Every item of the cycle with its parts and live and removed evidence, in catalogue order:
 * three flat queries (items, parts, evidence) put together here, which costs a fraction of one
 * query with a correlated JSON aggregate per item.
 */
export async function cycleItemRows(tx: Tx, cycleId: string): Promise<ItemRow[]> {
	const items = await tx.query<Omit<ItemRow, 'parts' | 'evidence'> & { assignment_id: string }>(
		`select i.code, ind.code as indicator, s.code as sub_indicator, i.name_th, i.name_en,
			i.period_rule, i.allows_nothing_to_report,
			(select count(*) from public.catalog_elements e where e.item_id = i.id)::int as element_count,
			a.due_date, a.id as assignment_id
		 from public.cycles c
		 join public.catalog_items i on i.catalog_id = c.catalog_id
		 join public.catalog_groups g on g.id = i.group_id
		 join public.catalog_sub_indicators s on s.id = g.sub_indicator_id
		 join public.catalog_indicators ind on ind.id = s.indicator_id
		 left join public.assignments a on a.cycle_id = c.id and a.item_id = i.id
		 where c.id = $1
		 order by i.position`,
		[cycleId]
	);
	const parts = await tx.query<PartFacts & { assignment_id: string } & Record<string, unknown>>(
		`select p.assignment_id, p.status, p.division_id, d.name as division_name,
			d.archived_at is not null as archived
		 from public.parts p
		 join public.assignments a on a.id = p.assignment_id
		 join public.divisions d on d.id = p.division_id
		 where a.cycle_id = $1
		 order by p.is_lead desc, d.position`,
		[cycleId]
	);
	const evidence = await tx.query<EvidenceOf & { assignment_id: string } & Record<string, unknown>>(
		`select p.assignment_id, e.kind, e.url, e.title, e.note, e.element_positions, e.period_month,
			e.covers_from, e.covers_to, e.deleted_at, ${LINK_CHECK_COLUMNS}
		 from public.evidence e
		 join public.parts p on p.id = e.part_id
		 join public.assignments a on a.id = p.assignment_id
		 where a.cycle_id = $1
		 order by e.period_month nulls first, e.created_at`,
		[cycleId]
	);
	const partsOf = groupBy(parts, ({ assignment_id, ...part }) => [assignment_id, part]);
	const evidenceOf = groupBy(evidence, ({ assignment_id, ...e }) => [assignment_id, e]);
	return items.map(({ assignment_id, ...item }) => ({
		...item,
		parts: partsOf.get(assignment_id) ?? [],
		evidence: evidenceOf.get(assignment_id) ?? []
	}));
}

function groupBy<T, V>(rows: T[], entry: (row: T) => [string, V]): Map<string, V[]> {
	const groups = new Map<string, V[]>();
	for (const row of rows) {
		const [key, value] = entry(row);
		const group = groups.get(key);
		if (group) group.push(value);
		else groups.set(key, [value]);
	}
	return groups;
}

export async function cycleInputs(tx: Tx, cycleId: string): Promise<CycleInputs> {
	const [row] = await tx.query<{ target: number; iit: number | null; eit: number | null }>(
		'select target, iit_estimate as iit, eit_estimate as eit from public.cycles where id = $1',
		[cycleId]
	);
	return row;
}

/**
 * The cycle's readiness in the NACC's arithmetic, both readings. Without IIT/EIT estimates the
 * ITA figures assume 0 for them; pages show ITA only when the estimates are set.
 */
export async function cycleReadiness(tx: Tx, cycle: CycleRef): Promise<Readiness> {
	const rows = await cycleItemRows(tx, cycle.id);
	const inputs = await cycleInputs(tx, cycle.id);
	const scheme = await editionScheme(tx, cycle.id);
	const items = rows.map((row) => {
		const readiness = itemReadiness({
			code: row.code,
			periodRule: row.period_rule,
			allowsNothingToReport: row.allows_nothing_to_report,
			elementCount: row.element_count,
			fiscalYear: cycle.fiscal_year,
			parts: row.parts,
			evidence: row.evidence,
			...(row.due_date ? { dueDate: row.due_date } : {})
		});
		return { ...row, readiness };
	});
	const states = items.map((i) => i.readiness);
	const scoring = { target: inputs.target, iit: inputs.iit ?? 0, eit: inputs.eit ?? 0 };
	const confirmed = scoreCycle(rows, states, scoring, 'confirmed', scheme);
	const pipeline = scoreCycle(rows, states, scoring, 'pipeline', scheme);
	return {
		items: items.map((i) => ({
			...i,
			score: {
				confirmed: itemScore(i.readiness, 'confirmed'),
				pipeline: itemScore(i.readiness, 'pipeline')
			}
		})),
		inputs,
		confirmed,
		pipeline,
		finishFirst: finishFirst(rows, states, scoring, scheme),
		scheme
	};
}
