import type { Database } from '../db/port';
import { asSystem } from '../db/with-user';
import { CYCLE_REF_COLUMNS, type CycleRef } from '../cycle-items';
import { recordSnapshot } from '../snapshots';
import { startSystemRun } from '../link-rounds';
import { cycleToday } from '$lib/domain/fiscal';

/** Rounds still at work: their OIT window has not closed on their own today. */
async function openRounds(db: Database, now: Date, withDemo: boolean): Promise<CycleRef[]> {
	const rounds = await asSystem(
		db,
		'daily',
		(tx) =>
			tx.query<CycleRef & Record<string, unknown>>(
				`select ${CYCLE_REF_COLUMNS.replace(/(\w+)/g, 'c.$1')} from public.cycles c
				 join public.organisations o on o.id = c.org_id
				 where $1 or not o.is_demo order by c.fiscal_year`,
				[withDemo]
			),
		{ readOnly: true }
	);
	return rounds.filter((c) => cycleToday(c, now) <= c.oit_closes);
}

/**
 * The day's readiness point of every open round, whether or not anyone opened the dashboard.
 * Run hourly; a day's point is written once and rewritten only when the reading changed.
 */
export async function dailySnapshots(db: Database, now = new Date()): Promise<number> {
	const rounds = await openRounds(db, now, true);
	for (const round of rounds) {
		await asSystem(db, 'snapshot', (tx) => recordSnapshot(tx, round, now));
	}
	return rounds.length;
}

/**
 * Starts a check of every open round's links (the demo's are recorded, never fetched); returns
 * the runs for the queue to work through.
 */
export async function nightlyLinkChecks(db: Database, now = new Date()): Promise<string[]> {
	const rounds = await openRounds(db, now, false);
	const runs: string[] = [];
	for (const round of rounds) runs.push(await startSystemRun(db, round.org_id, round.id));
	return runs;
}
