import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { migratedDatabase, rollback, sqlState, targets, type Target } from './harness';
import { loadCatalogs } from '../../src/lib/server/catalog-loader';
import { DEMO_AS_OF, loadDemo } from '../../src/lib/server/demo';
import { createSession, endSession, resolveSession } from '../../src/lib/server/auth/sessions';
import { actAs, withUser } from '../../src/lib/server/db/with-user';
import { cycleOfYear, type CycleRef } from '../../src/lib/server/cycle-items';
import { dashboardData } from '../../src/lib/server/dashboard';
import { recordSnapshot } from '../../src/lib/server/snapshots';
import { movePart } from '../../src/lib/server/parts';
import { cachedRead } from '../../src/lib/server/read-cache';
import type { Claims, Database, Tx } from '../../src/lib/server/db/port';

/**
 * What a page view costs the database (issue 7, item 9): the session and the membership in one
 * query, the dashboard in one read-only transaction that writes nothing, and the trend's daily
 * point recorded by the writes that change readiness instead of by page views.
 */
describe.each(targets())('page loads and readiness snapshots on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let coordinator: Claims;
	let orgId: string;
	let cycle: CycleRef;

	const point = (tx: Tx | Database, day: string) =>
		tx.query<{ approved_items: number; confirmed_oit: number; xmin: string }>(
			'select approved_items, confirmed_oit, xmin::text as xmin from public.readiness_snapshots where cycle_id = $1 and day = $2',
			[cycle.id, day]
		);

	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		await loadCatalogs(db);
		await loadDemo(db);
		const [row] = await db.query<{ id: string; org_id: string }>(
			`select u.id, m.org_id from auth.users u join public.memberships m on m.user_id = u.id
			 where u.email = 'coordinator@demo.example'`
		);
		coordinator = { sub: row.id, role: 'authenticated' };
		orgId = row.org_id;
		cycle = (await withUser(db, coordinator, (tx) => cycleOfYear(tx, orgId, 2565)))!;
	});
	afterAll(() => drop());

	it('resolves the session and the membership in one query', async () => {
		const { token } = await createSession(db, coordinator.sub);
		const holder = await resolveSession(db, token);
		expect(holder?.user.email).toBe('coordinator@demo.example');
		expect(holder?.member).toMatchObject({ orgId, role: 'coordinator', cycleYear: 2565 });
		expect(await resolveSession(db, 'x'.repeat(43))).toBeNull();
	});

	it('a session is looked up again only after a write, and a sign-out ends it at once', async () => {
		const { token } = await createSession(db, coordinator.sub);
		const first = await resolveSession(db, token);
		const again = await resolveSession(db, token);
		expect(again).toEqual(first);
		// A copy: changing one answer does not change the next.
		again!.user.fullName = 'x';
		expect((await resolveSession(db, token))?.user.fullName).toBe(first?.user.fullName);
		await endSession(db, token);
		expect(await resolveSession(db, token)).toBeNull();
	});

	it('the demo has its day’s point when it loads, before anyone opens the dashboard', async () => {
		const [today] = await point(db, DEMO_AS_OF);
		expect(today.approved_items).toBeGreaterThan(0);
	});

	it('reads the dashboard in one read-only transaction that writes nothing', async () => {
		const before = await db.query('select * from public.readiness_snapshots order by day');
		const data = await withUser(db, coordinator, async (tx) => {
			await tx.query('set transaction read only');
			const data = await dashboardData(tx, cycle, new Date());
			expect(await sqlState(tx, 'delete from public.readiness_snapshots')).toBe('25006');
			return data;
		});
		expect(Object.keys(data.names)).toHaveLength(43);
		expect(data.history.at(-1)?.day).toBe(DEMO_AS_OF);
		expect(await db.query('select * from public.readiness_snapshots order by day')).toEqual(before);
	});

	it('a write that changes readiness records the day’s point in its own transaction', async () => {
		await rollback(db, async (tx) => {
			await actAs(tx, coordinator);
			const [part] = await tx.query<{ id: string; version: number }>(
				`select p.id, p.version from public.parts p where p.org_id = $1 and p.status = 'submitted'
					and not exists (select 1 from public.parts o
						where o.assignment_id = p.assignment_id and o.id <> p.id)
				 order by p.created_at limit 1`,
				[orgId]
			);
			const [before] = await point(tx, DEMO_AS_OF);
			expect(
				await movePart(tx, { orgId, partId: part.id, version: part.version, action: 'approve' })
			).toBe(true);
			await recordSnapshot(tx, cycle);
			const [after] = await point(tx, DEMO_AS_OF);
			expect(after.approved_items).toBe(before.approved_items + 1);
			// The snapshot task wrote it: the caller's role ended with that step.
			const [who] = await tx.query<{ u: string }>('select current_user as u');
			expect(who.u).not.toBe('authenticated');
		});
	});

	it('an unchanged reading writes nothing', async () => {
		await rollback(db, async (tx) => {
			await actAs(tx, coordinator);
			const [before] = await point(tx, DEMO_AS_OF);
			await recordSnapshot(tx, cycle);
			expect((await point(tx, DEMO_AS_OF))[0]).toEqual(before);
		});
	});

	it('a kept page read is answered again until a write, and only on the embedded database', async () => {
		const locals = { db, user: { id: coordinator.sub } } as unknown as App.Locals;
		let reads = 0;
		const read = () =>
			cachedRead(locals, `test ${cycle.id}`, async (tx) => {
				reads++;
				return dashboardData(tx, cycle, new Date(`${DEMO_AS_OF}T05:00:00Z`));
			});
		const first = await read();
		const second = await read();
		expect(second).toEqual(first);
		// A copy: changing one answer does not change the next.
		second.finishFirst.length = 0;
		expect((await read()).finishFirst.length).toBe(first.finishFirst.length);
		const cached = target === 'pglite';
		expect(reads).toBe(cached ? 1 : 3);
		// A write anywhere makes the kept answer stale.
		await withUser(db, coordinator, async (tx) => {
			const [part] = await tx.query<{ id: string; version: number }>(
				`select id, version from public.parts where org_id = $1 and status = 'submitted'
				 order by created_at limit 1`,
				[orgId]
			);
			await movePart(tx, { orgId, partId: part.id, version: part.version, action: 'approve' });
		});
		const after = await read();
		expect(reads).toBe(cached ? 2 : 4);
		expect(after.approvedItems).toBeGreaterThanOrEqual(first.approvedItems);
		// Another person is another entry: what RLS shows them is theirs.
		const other = { db, user: { id: orgId } } as unknown as App.Locals;
		await cachedRead(other, `test ${cycle.id}`, async () => reads++);
		expect(reads).toBe(cached ? 3 : 5);
	});
});
