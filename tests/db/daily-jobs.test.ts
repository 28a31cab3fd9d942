/**
 * The scheduled jobs' work on both databases: the readiness trend gets a point a day for every
 * open round whether or not anyone opened the dashboard (written once, rewritten only when the
 * reading changed), and the nightly link check starts a run for each open round, never for a
 * round whose OIT window has closed nor for the demo, whose links are recorded.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { migratedDatabase, targets, type Target } from './harness';
import { seedFixtures, type Fixtures } from './fixtures';
import { loadCatalogs } from '../../src/lib/server/catalog-loader';
import { loadDemo } from '../../src/lib/server/demo';
import { dailySnapshots, nightlyLinkChecks } from '../../src/lib/server/jobs/daily';
import type { Database } from '../../src/lib/server/db/port';

/** 10:00 in Bangkok on 1 March 2022: inside FY2565, before the fixtures' OIT window closes. */
const DURING = new Date('2022-03-01T03:00:00Z');
/** After the fixtures' window closed (31 May 2022). */
const AFTER = new Date('2022-06-02T03:00:00Z');

describe.each(targets())('daily jobs on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let f: Fixtures;
	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		f = await seedFixtures(db);
		await loadCatalogs(db);
		await loadDemo(db);
	});
	afterAll(() => drop());

	const points = (cycleId: string) =>
		db.query<{ day: string; approved_items: number; recorded_at: string }>(
			`select day, approved_items, recorded_at::text from public.readiness_snapshots
			 where cycle_id = $1 and day = '2022-03-01'`,
			[cycleId]
		);

	it('writes the day’s point of every open round, once', async () => {
		expect(await points(f.cycleA)).toEqual([]);
		await dailySnapshots(db, DURING);
		const [first] = await points(f.cycleA);
		expect(first.day).toBe('2022-03-01');
		expect(await points(f.cycleB)).toHaveLength(1);

		await dailySnapshots(db, DURING);
		const again = await points(f.cycleA);
		expect(again).toEqual([first]);
	});

	it('rewrites the day’s point when the reading changed', async () => {
		expect((await points(f.cycleA))[0].approved_items).toBe(0);
		await db.query(`update public.parts set status = 'approved' where id = $1`, [f.partA]);
		await dailySnapshots(db, DURING);
		const [after] = await points(f.cycleA);
		expect(after.approved_items).toBe(1);
	});

	it('leaves a round whose OIT window has closed', async () => {
		const [{ n: before }] = await db.query<{ n: number }>(
			'select count(*)::int as n from public.readiness_snapshots where cycle_id = $1',
			[f.cycleA]
		);
		await dailySnapshots(db, AFTER);
		const [{ n: after }] = await db.query<{ n: number }>(
			'select count(*)::int as n from public.readiness_snapshots where cycle_id = $1',
			[f.cycleA]
		);
		expect(after).toBe(before);
	});

	it('starts a nightly link check for each open round except the demo’s', async () => {
		const runs = await nightlyLinkChecks(db, DURING);
		const rows = await db.query<{ cycle_id: string; requested_by: string | null }>(
			'select cycle_id, requested_by from public.link_check_runs where id = any($1::uuid[])',
			[runs]
		);
		expect(rows.map((r) => r.cycle_id).sort()).toEqual([f.cycleA, f.cycleB].sort());
		expect(rows.every((r) => r.requested_by === null)).toBe(true);
		expect(await nightlyLinkChecks(db, AFTER)).toEqual([]);
	});
});
