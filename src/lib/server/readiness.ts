import type { Tx } from './db/port';
import type { CycleRef } from './cycle-items';
import type { PeriodRule } from '$lib/domain/period-rule';
import type { ScoringScheme } from '$lib/domain/scheme';
import { scheme as editionScheme } from './cycle-scheme';
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
	parts: { status: ItemStatus; division_id: string; division_name: string }[];
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

/** Every item of the cycle with its parts and live and removed evidence, in catalogue order. */
export function cycleItemRows(tx: Tx, cycleId: string): Promise<ItemRow[]> {
	return tx.query<ItemRow & Record<string, unknown>>(
		`select i.code, ind.code as indicator, s.code as sub_indicator, i.name_th, i.name_en,
			i.period_rule, i.allows_nothing_to_report,
			(select count(*) from public.catalog_elements e where e.item_id = i.id)::int as element_count,
			a.due_date,
			coalesce((select jsonb_agg(jsonb_build_object('status', p.status, 'division_id', p.division_id,
				'division_name', d.name) order by p.is_lead desc, d.position)
				from public.parts p join public.divisions d on d.id = p.division_id
				where p.assignment_id = a.id), '[]'::jsonb) as parts,
			coalesce((select jsonb_agg(jsonb_build_object('kind', e.kind, 'url', e.url, 'title', e.title,
				'note', e.note, 'element_positions', e.element_positions, 'period_month', e.period_month,
				'covers_from', e.covers_from, 'covers_to', e.covers_to, 'deleted_at', e.deleted_at)
				order by e.period_month nulls first, e.created_at)
				from public.evidence e join public.parts p on p.id = e.part_id
				where p.assignment_id = a.id), '[]'::jsonb) as evidence
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
