/**
 * Importing an assignment sheet: what each row would do (preview), then all of it or nothing
 * (apply). Apply validates the rows again against the database as it is now — the rows come back
 * from the browser and are never trusted — and runs in the caller's one transaction, under RLS.
 */
import type { Tx } from './db/port';
import { assign, matrix, OwnerHasEvidence, type MatrixRow } from './assignments';
import { listDivisions } from './divisions';
import type { CycleRef } from './cycle-items';
import { recordSnapshot } from './snapshots';
import { itemDueDefaults } from '$lib/domain/cycle-calendar';
import type { PeriodRule } from '$lib/domain/period-rule';
import {
	planImport,
	validateRecords,
	type CurrentAssignment,
	type ImportProblem,
	type PlanRow,
	type SheetRecord
} from '$lib/domain/matrix-sheet';

/** The cycle's default due dates of an item, and of its months or quarters. */
export function dueDefaults(cycle: CycleRef, item: { period_rule: PeriodRule }) {
	return itemDueDefaults(
		{
			fiscalYear: cycle.fiscal_year,
			oitOpens: cycle.oit_opens,
			oitCloses: cycle.oit_closes,
			internalDeadline: cycle.internal_deadline
		},
		{ periodRule: item.period_rule }
	);
}

/** Monthly due dates to keep when re-assigning: the current ones, or the defaults. */
export function monthDuesFor(cycle: CycleRef, row: MatrixRow): Record<string, string> {
	return Object.keys(row.month_dues).length ? row.month_dues : dueDefaults(cycle, row).monthDues;
}

function currentOf(row: MatrixRow): CurrentAssignment {
	return {
		ownerMode: row.owner_mode ?? 'divisions',
		divisionIds: row.owner_mode === 'divisions' ? row.parts.map((p) => p.division_id) : [],
		dueDate: row.due_date!
	};
}

export interface ImportPreview {
	plan: PlanRow[];
	problems: ImportProblem[];
	/** Division id → name, to show the plan. */
	names: Map<string, string>;
	rows: MatrixRow[];
}

export async function previewImport(
	tx: Tx,
	cycle: CycleRef,
	records: SheetRecord[]
): Promise<ImportPreview> {
	const rows = await matrix(tx, cycle.id);
	const divisions = await listDivisions(tx, cycle.org_id);
	const names = new Map(divisions.map((d) => [d.id, d.name]));
	const checked = validateRecords(records, {
		items: rows.map((r) => ({ id: r.item_id, code: r.code })),
		divisions: divisions.filter((d) => !d.archived_at)
	});
	if (checked.problems.length) return { plan: [], problems: checked.problems, names, rows };
	const current = new Map(
		rows.filter((r) => r.assignment_id).map((r) => [r.item_id, currentOf(r)])
	);
	const byItem = new Map(rows.map((r) => [r.item_id, r]));
	const plan = planImport(
		checked.rows,
		current,
		(id) => dueDefaults(cycle, byItem.get(id)!).dueDate
	);
	return { plan, problems: [], names, rows };
}

/** Thrown out of the transaction (rolling it back) when any row is bad. */
export class ImportRefused extends Error {
	constructor(readonly problems: ImportProblem[]) {
		super('import refused');
	}
}

/** Applies every changing row, or nothing; returns how many assignments changed. */
export async function applyImport(
	tx: Tx,
	cycle: CycleRef,
	records: SheetRecord[]
): Promise<number> {
	const { plan, problems, rows } = await previewImport(tx, cycle, records);
	if (problems.length) throw new ImportRefused(problems);
	const byItem = new Map(rows.map((r) => [r.item_id, r]));
	const held: ImportProblem[] = [];
	let applied = 0;
	for (const p of plan) {
		if (p.action === 'same') continue;
		try {
			await assign(tx, {
				orgId: cycle.org_id,
				cycleId: cycle.id,
				itemId: p.itemId,
				ownerMode: p.ownerMode,
				divisionIds: p.divisionIds,
				dueDate: p.dueDate,
				monthDues: monthDuesFor(cycle, byItem.get(p.itemId)!)
			});
			applied++;
		} catch (e) {
			if (!(e instanceof OwnerHasEvidence)) throw e;
			held.push({ row: p.row, reason: 'has_evidence', value: p.code });
		}
	}
	if (held.length) throw new ImportRefused(held);
	if (applied) await recordSnapshot(tx, cycle);
	return applied;
}
