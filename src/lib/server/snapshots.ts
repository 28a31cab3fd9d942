import type { Tx } from './db/port';
import { actAsSystem } from './db/with-user';
import type { CycleRef } from './cycle-items';
import { cycleReadiness } from './readiness';
import { round2 } from '$lib/domain/scoring';
import { cycleToday } from '$lib/domain/fiscal';

export interface SnapshotRow {
	day: string;
	confirmed_oit: number;
	pipeline_oit: number;
	approved_items: number;
	submitted_items: number;
}

/**
 * Records the cycle's readiness of its current day (one row per day, the latest reading of the
 * day wins; an unchanged reading writes nothing). Called at the end of every write that can
 * change readiness (evidence, part statuses, assignments, imports, a new cycle), in that write's
 * transaction, so the trend has a point for each day something changed and a page view never
 * writes. Readiness is read as the caller sees it; the row is written with the snapshot task's
 * privileges (members only read snapshots), which ends the caller's role for the transaction,
 * so it is the last step of a write.
 */
export async function recordSnapshot(tx: Tx, cycle: CycleRef, now = new Date()): Promise<void> {
	const r = await cycleReadiness(tx, cycle);
	const count = (s: string) => r.items.filter((i) => i.readiness.status === s).length;
	await actAsSystem(tx, 'snapshot');
	await tx.query(
		`insert into public.readiness_snapshots
			(org_id, cycle_id, day, confirmed_oit, pipeline_oit, approved_items, submitted_items)
		 values ($1, $2, $3, $4, $5, $6, $7)
		 on conflict (cycle_id, day) do update set confirmed_oit = excluded.confirmed_oit,
			pipeline_oit = excluded.pipeline_oit, approved_items = excluded.approved_items,
			submitted_items = excluded.submitted_items, recorded_at = now()
		 where (readiness_snapshots.confirmed_oit, readiness_snapshots.pipeline_oit,
				readiness_snapshots.approved_items, readiness_snapshots.submitted_items)
				is distinct from (excluded.confirmed_oit, excluded.pipeline_oit, excluded.approved_items,
				excluded.submitted_items)`,
		[
			cycle.org_id,
			cycle.id,
			cycleToday(cycle, now),
			round2(r.confirmed.oit),
			round2(r.pipeline.oit),
			count('approved'),
			count('submitted')
		]
	);
}

export function snapshots(tx: Tx, cycleId: string): Promise<SnapshotRow[]> {
	return tx.query<SnapshotRow & Record<string, unknown>>(
		`select day, confirmed_oit, pipeline_oit, approved_items, submitted_items
		 from public.readiness_snapshots where cycle_id = $1 order by day`,
		[cycleId]
	);
}
