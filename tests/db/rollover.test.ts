import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
	asSuper,
	asUser,
	migratedDatabase,
	rollback,
	sqlState,
	targets,
	type Target
} from './harness';
import { shippedEdition } from './editions-fixture';
import { loadCatalogs } from '../../src/lib/server/catalog-loader';
import { loadDemo } from '../../src/lib/server/demo';
import { pairsOf } from '../../src/lib/domain/item-mapping';
import { COPY, preview, roll, RolloverRefused, UnknownItem } from '../../src/lib/server/rollover';
import { openCycle } from '../../src/lib/server/cycles';
import { defaultCalendar } from '../../src/lib/domain/cycle-calendar';
import type { Database, Tx } from '../../src/lib/server/db/port';

describe.each(targets())('rolling the demo round into the next year on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let orgId: string;
	let coordinator: string;
	let contributor: string;
	let fy2566: string;

	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		await loadCatalogs(db);
		await loadDemo(db);
		fy2566 = await shippedEdition(db, 'fy2566');
		const [row] = await db.query<{ org_id: string; user_id: string }>(
			`select m.org_id, m.user_id from public.memberships m join auth.users u on u.id = m.user_id
			 where u.email = 'coordinator@demo.example'`
		);
		({ org_id: orgId, user_id: coordinator } = row);
		[{ id: contributor }] = await db.query<{ id: string }>(
			`select id from auth.users where email = 'stat@demo.example'`
		);
	});
	afterAll(() => drop());

	/** The proposed mapping onto `to`, rolled as the coordinator. */
	async function rollAsCoordinator(tx: Tx, to = fy2566) {
		await asUser(tx, coordinator);
		const p = await preview(tx, orgId, 2565, to);
		expect(p).not.toBeNull();
		return roll(tx, { orgId, year: 2565, target: to, pairs: pairsOf(p!.entries) });
	}

	const ownersOf = (tx: Tx, year: number, code: string) =>
		tx
			.query<{ owner_mode: string; owners: string[]; due_date: string }>(
				`select a.owner_mode, a.due_date, array(select p.division_id::text from public.parts p
					where p.assignment_id = a.id order by p.is_lead desc, p.created_at) as owners
				 from public.assignments a join public.cycles c on c.id = a.cycle_id
				 join public.catalog_items i on i.id = a.item_id
				 where c.org_id = $1 and c.fiscal_year = $2 and i.code = $3`,
				[orgId, year, code]
			)
			.then((r) => r[0]);

	it('opens FY2566 and carries owners, due-date offsets and evidence as drafts, in one go', async () => {
		await rollback(db, async (tx) => {
			const before = await tx.query('select id, status, version from public.parts order by id');
			const result = await rollAsCoordinator(tx);
			expect(result.year).toBe(2566);
			expect(result.assignments).toBeGreaterThan(30);
			expect(result.evidence).toBeGreaterThan(10);
			await asSuper(tx);

			// o12 → o13 renumbered: the same owners, lead first, due one year on.
			const o12 = await ownersOf(tx, 2565, 'o12');
			const o13 = await ownersOf(tx, 2566, 'o13');
			expect(o13.owners).toEqual(o12.owners);
			expect(o13.owner_mode).toBe(o12.owner_mode);
			expect(Number(o13.due_date.slice(0, 4))).toBe(Number(o12.due_date.slice(0, 4)) + 1);
			expect(o13.due_date.slice(4)).toBe(o12.due_date.slice(4));
			// o10 + o18 → o11 merged: o10's lead leads.
			const o10 = await ownersOf(tx, 2565, 'o10');
			const o11 = await ownersOf(tx, 2566, 'o11');
			expect(o11.owners[0]).toBe(o10.owners[0]);
			// Dropped o32 has no successor; new o39 has no owner.
			expect(await ownersOf(tx, 2566, 'o39')).toBeUndefined();

			const carried = await tx.query<{
				url: string;
				source_url: string;
				covers_from: string | null;
				period_month: string | null;
				status: string;
			}>(
				`select e.url, src.url as source_url, e.covers_from, e.period_month, p.status
				 from public.evidence e join public.evidence src on src.id = e.carried_from
				 join public.parts p on p.id = e.part_id
				 join public.assignments a on a.id = p.assignment_id
				 join public.cycles c on c.id = a.cycle_id where c.fiscal_year = 2566`
			);
			expect(carried).toHaveLength(result.evidence);
			for (const e of carried) {
				expect(e.url).toBe(e.source_url);
				expect(e.covers_from).toBeNull();
				expect(e.period_month).toBeNull();
				expect(e.status).toBe('draft');
			}
			const [{ approved }] = await tx.query<{ approved: number }>(
				`select count(*)::int as approved from public.parts p join public.assignments a on a.id = p.assignment_id
				 join public.cycles c on c.id = a.cycle_id where c.fiscal_year = 2566 and p.status <> all ('{draft,not_started}')`
			);
			expect(approved).toBe(0);
			// FY2565 is as it was.
			const fy2565Parts = await tx.query(
				`select p.id, p.status, p.version from public.parts p
				 where p.id = any($1::uuid[]) order by p.id`,
				[before.map((r) => (r as { id: string }).id)]
			);
			expect(fy2565Parts).toEqual(before);
		});
	});

	it('refuses a year whose round has evidence, and a year whose round is empty', async () => {
		await rollback(db, async (tx) => {
			await rollAsCoordinator(tx);
			await expect(rollAsCoordinator(tx)).rejects.toEqual(new RolloverRefused('roundHasEvidence'));
		});
		await rollback(db, async (tx) => {
			await asUser(tx, coordinator);
			await openCycle(tx, { orgId, fiscalYear: 2566, catalogId: fy2566, ...defaultCalendar(2566) });
			await expect(rollAsCoordinator(tx)).rejects.toEqual(new RolloverRefused('roundExists'));
		});
	});

	it('refuses a mapping naming an item neither list has', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, coordinator);
			await expect(
				roll(tx, { orgId, year: 2565, target: fy2566, pairs: [['o99', 'o1']] })
			).rejects.toEqual(new UnknownItem('o99'));
		});
	});

	it('leaves nothing behind when it fails midway', async () => {
		await expect(
			rollback(db, async (tx) => {
				await tx.query(`create function pg_temp.fail() returns trigger language plpgsql as $$
					begin if new.url like '%/o21' then raise exception 'forced failure'; end if; return new; end $$`);
				await tx.query(
					'create trigger forced after insert on public.evidence for each row execute function pg_temp.fail()'
				);
				await rollAsCoordinator(tx);
			})
		).rejects.toThrow(/forced failure/);
		const rows = await db.query(
			'select 1 from public.cycles where org_id = $1 and fiscal_year = 2566',
			[orgId]
		);
		expect(rows).toHaveLength(0);
		const [{ n }] = await db.query<{ n: number }>(
			'select count(*)::int as n from public.evidence where carried_from is not null'
		);
		expect(n).toBe(0);
	});

	it('copies this round’s edition to the next year when asked: every item the same', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, coordinator);
			const p = await preview(tx, orgId, 2565, COPY);
			expect(p!.entries.every((e) => e.kind === 'same')).toBe(true);
			const result = await roll(tx, {
				orgId,
				year: 2565,
				target: COPY,
				pairs: pairsOf(p!.entries)
			});
			expect(result.assignments).toBe(43);
			const [edition] = await tx.query<{ status: string; fiscal_year: number }>(
				'select e.status, e.fiscal_year from public.cycles c join public.catalogs e on e.id = c.catalog_id where c.id = $1',
				[result.cycleId]
			);
			expect(edition).toEqual({ status: 'custom', fiscal_year: 2566 });
		});
	});

	it('lets only the coordinator mark evidence as carried', async () => {
		await rollback(db, async (tx) => {
			await rollAsCoordinator(tx);
			await asSuper(tx);
			const [row] = await tx.query<{ part_id: string; carried_from: string; url: string }>(
				`select e.part_id, e.carried_from, e.url from public.evidence e
				 join public.parts p on p.id = e.part_id
				 join public.divisions d on d.id = p.division_id
				 where e.carried_from is not null and d.name = 'ฝ่ายสถิติข้อมูลและสารสนเทศ' limit 1`
			);
			expect(row).toBeDefined();
			await asUser(tx, contributor);
			const insert = `insert into public.evidence (org_id, part_id, kind, url, carried_from)
				values ($1, $2, 'url', $3, $4)`;
			expect(await sqlState(tx, insert, [orgId, row.part_id, row.url, row.carried_from])).toBe(
				'42501'
			);
			expect(
				await sqlState(tx, 'update public.evidence set carried_from = null where part_id = $1', [
					row.part_id
				])
			).toBe('42501');
			await asUser(tx, coordinator);
			expect(
				await sqlState(tx, insert, [
					orgId,
					row.part_id,
					'https://www.pyo.go.th/other',
					row.carried_from
				])
			).toBe('23514');
		});
	});
});
