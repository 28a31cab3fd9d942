import type { Database, Tx } from './db/port';
import { asSystem } from './db/with-user';
import type { Readiness } from './readiness';
import { round2 } from '$lib/domain/scoring';

export interface SnapshotRow {
	day: string;
	confirmed_oit: number;
	pipeline_oit: number;
	approved_items: number;
	submitted_items: number;
}

/**
 * The snapshot task: records the cycle's readiness for `day` (one row per day, the latest reading
 * of the day wins; an unchanged reading writes nothing). Runs with the task's privileges; members
 * only read snapshots.
 */
export async function recordSnapshot(
	db: Database,
	ref: { orgId: string; cycleId: string; day: string },
	r: Readiness
): Promise<void> {
	const count = (s: string) => r.items.filter((i) => i.readiness.status === s).length;
	await asSystem(db, 'snapshot', (tx) =>
		tx.query(
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
				ref.orgId,
				ref.cycleId,
				ref.day,
				round2(r.confirmed.oit),
				round2(r.pipeline.oit),
				count('approved'),
				count('submitted')
			]
		)
	);
}

export function snapshots(tx: Tx, cycleId: string): Promise<SnapshotRow[]> {
	return tx.query<SnapshotRow & Record<string, unknown>>(
		`select day, confirmed_oit, pipeline_oit, approved_items, submitted_items
		 from public.readiness_snapshots where cycle_id = $1 order by day`,
		[cycleId]
	);
}
