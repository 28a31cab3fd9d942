/**
 * The notification centre: the part-event triggers record the right people, RLS keeps each
 * person to their own notifications (read, mark read, nothing else), and the daily reminders pick
 * the right parts and record nothing new when run again the same day. Same tests on PGlite and
 * PostgreSQL; every test but the last rolls back.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Database, Tx } from '../../src/lib/server/db/port';
import * as notifications from '../../src/lib/server/notifications';
import { queueReminders, recordReminders } from '../../src/lib/server/notify/reminders';
import { latestSignoff } from '../../src/lib/server/signoffs';
import {
	asSuper,
	asUser,
	migratedDatabase,
	rollback,
	sqlState,
	targets,
	type Target
} from './harness';
import { seedFixtures, type Fixtures, type Persona } from './fixtures';

interface Recorded {
	user_id: string;
	kind: string;
	params: Record<string, unknown>;
}

describe.each(targets())('notifications on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let f: Fixtures;

	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		f = await seedFixtures(db);
		await db.query(`delete from notifications where dedupe_key like 'fixture:%'`);
	});
	afterAll(() => drop());

	const who = (id: string) =>
		(Object.entries(f.user).find(([, u]) => u === id)?.[0] ?? id) as Persona;

	/** Every notification, as the system sees them, with the persona names of their people. */
	async function recorded(tx: Tx, kind?: string): Promise<(Recorded & { who: Persona })[]> {
		await asSuper(tx);
		const rows = await tx.query<Recorded & Record<string, unknown>>(
			`select user_id, kind, params from notifications where $1::text is null or kind = $1
			 order by kind, user_id`,
			[kind ?? null]
		);
		return rows.map((r) => ({ ...r, who: who(r.user_id) }));
	}

	async function version(tx: Tx, part: string): Promise<number> {
		const [row] = await tx.query<{ version: number }>('select version from parts where id = $1', [
			part
		]);
		return row.version;
	}

	async function move(tx: Tx, persona: Persona, part: string, action: string, comment?: string) {
		await asSuper(tx);
		const v = await version(tx, part);
		await asUser(tx, f.user[persona]);
		const [row] = await tx.query<{ moved: boolean }>(
			'select app.move_part($1, $2, $3, $4, $5) as moved',
			[f.orgA, part, v, action, comment ?? null]
		);
		expect(row.moved, `${persona} ${action}`).toBe(true);
	}

	/** Puts a part in a status as the system (no event: nobody signed in). */
	async function setStatus(tx: Tx, part: string, status: string) {
		await asSuper(tx);
		await tx.query(
			`update parts set status = $1, review_comment = case when $1 = 'changes_requested' then 'x' end
			 where id = $2`,
			[status, part]
		);
	}

	it('a new part tells the contributors of its division, not the coordinator who assigned it', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.cA);
			await tx.query('insert into parts (org_id, assignment_id, division_id) values ($1, $2, $3)', [
				f.orgA,
				f.assignmentA,
				f.d2
			]);
			const rows = await recorded(tx);
			expect(rows.map((r) => `${r.kind} ${r.who}`)).toEqual(['assigned sA2']);
			expect(rows[0].params).toMatchObject({
				code: 'o1',
				division: 'D2',
				due_date: '2022-03-15',
				fiscal_year: 2565
			});
		});
	});

	it('a submission tells the coordinators; a return and an approval tell the division', async () => {
		await rollback(db, async (tx) => {
			await setStatus(tx, f.partA, 'draft');
			expect(await recorded(tx)).toEqual([]);
			await move(tx, 'sA1', f.partA, 'submit');
			expect((await recorded(tx)).map((r) => `${r.kind} ${r.who}`)).toEqual(['submitted cA']);

			await move(tx, 'cA', f.partA, 'request_changes', 'ใช้รายงานปี 2564');
			const returned = await recorded(tx, 'returned');
			expect(returned.map((r) => r.who)).toEqual(['sA1']);
			expect(returned[0].params.comment).toBe('ใช้รายงานปี 2564');

			// Submitted again and approved: a second submission is a second event.
			await move(tx, 'sA1', f.partA, 'submit');
			await move(tx, 'cA', f.partA, 'approve');
			expect((await recorded(tx, 'submitted')).length).toBe(2);
			expect((await recorded(tx, 'approved')).map((r) => r.who)).toEqual(['sA1']);
			// Nobody else heard of it: not sA2 (another division), eA, vA, or org B.
			const people = new Set((await recorded(tx)).map((r) => r.who));
			expect([...people].sort()).toEqual(['cA', 'sA1']);
		});
	});

	it('a person reads only their own notifications and changes nothing but read_at', async () => {
		await rollback(db, async (tx) => {
			await setStatus(tx, f.partA, 'draft');
			await move(tx, 'sA1', f.partA, 'submit');
			await move(tx, 'cA', f.partA, 'request_changes', 'แก้ไข');
			await asSuper(tx);
			const [mine] = await tx.query<{ id: string }>(
				`select id from notifications where user_id = $1`,
				[f.user.sA1]
			);
			const [theirs] = await tx.query<{ id: string }>(
				`select id from notifications where user_id = $1`,
				[f.user.cA]
			);

			await asUser(tx, f.user.sA1);
			expect((await notifications.list(tx)).map((n) => n.id)).toEqual([mine.id]);
			expect(await tx.query('select id from notifications')).toEqual([{ id: mine.id }]);
			expect(await notifications.unread(tx)).toBe(1);
			// Someone else's: invisible and unchangeable (0 rows).
			expect(
				await tx.query('update notifications set read_at = now() where id = $1 returning id', [
					theirs.id
				])
			).toEqual([]);
			expect(await notifications.markRead(tx, theirs.id)).toBe(false);
			// No inserts, no deletes, no other column.
			expect(
				await sqlState(
					tx,
					`insert into notifications (org_id, user_id, kind, dedupe_key) values ($1, $2, 'assigned', 'x')`,
					[f.orgA, f.user.sA1]
				)
			).toBe('42501');
			expect(await sqlState(tx, 'delete from notifications where id = $1', [mine.id])).toBe(
				'42501'
			);
			for (const set of [
				"kind = 'approved'",
				"params = '{}'",
				'emailed_at = now()',
				'user_id = user_id'
			])
				expect(
					await sqlState(tx, `update notifications set ${set} where id = $1`, [mine.id]),
					set
				).toBe('42501');
			expect(await notifications.markRead(tx, mine.id)).toBe(true);
			expect(await notifications.unread(tx)).toBe(0);

			await asUser(tx, f.user.cA);
			expect(await notifications.unread(tx)).toBe(1);
			expect(await notifications.markAllRead(tx)).toBe(1);
			expect(await notifications.unread(tx)).toBe(0);
		});
	});

	it('settings: each person reads and writes only their own row', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.sA1);
			expect(await notifications.settingsOf(tx)).toEqual(notifications.DEFAULT_SETTINGS);
			await notifications.saveSettings(tx, { email: false, lang: 'en', muted_kinds: ['approved'] });
			await notifications.saveSettings(tx, {
				email: false,
				lang: 'en',
				muted_kinds: ['submitted']
			});
			expect(await notifications.settingsOf(tx)).toEqual({
				email: false,
				lang: 'en',
				muted_kinds: ['submitted']
			});
			expect(
				await sqlState(tx, 'insert into notification_settings (user_id) values ($1)', [f.user.sA2])
			).toBe('42501');
			expect(
				await sqlState(tx, `insert into notification_settings (user_id, lang) values ($1, 'fr')`, [
					f.user.sA1
				])
			).not.toBeNull();
			await asUser(tx, f.user.sA2);
			expect(await tx.query('select * from notification_settings')).toEqual([]);
			expect(
				await tx.query('update notification_settings set email = true returning user_id')
			).toEqual([]);
		});
	});

	/** Org A's part of D2 on the same item, approved; D1's part stays open. */
	async function addApprovedD2(tx: Tx) {
		await asSuper(tx);
		await tx.query(
			`insert into parts (org_id, assignment_id, division_id, status) values ($1, $2, $3, 'approved')`,
			[f.orgA, f.assignmentA, f.d2]
		);
	}

	// o1 is due 2022-03-15 in both organisations' rounds (OIT window closes 2022-05-31).
	const at = (day: string) => new Date(`${day}T08:00:00+07:00`);

	it.each([
		['2022-03-08', 'due7'],
		['2022-03-14', 'due1'],
		['2022-03-16', 'overdue'],
		['2022-03-23', 'overdue']
	])(
		'on %s the D1 contributor’s digest lists o1 as %s; approved parts are left out',
		async (day, bucket) => {
			await rollback(db, async (tx) => {
				await addApprovedD2(tx);
				await recordReminders(tx, at(day));
				const digests = await recorded(tx, 'due_digest');
				expect(digests.map((d) => d.who).sort()).toEqual(['sA1', 'sB1']);
				const a = digests.find((d) => d.who === 'sA1')!;
				expect(a.params).toMatchObject({ fiscal_year: 2565, day, more: 0 });
				expect(a.params.items).toEqual(
					[
						{
							code: 'o1',
							name_th: 'โครงสร้าง',
							name_en: 'Structure',
							division: 'D1',
							due_date: '2022-03-15',
							bucket
						}
					].map((i) => ({ ...i, name_th: expect.any(String), name_en: expect.any(String) }))
				);
			});
		}
	);

	it.each(['2022-03-10', '2022-03-15', '2022-03-17', '2022-06-01'])(
		'on %s nobody gets a due digest (no mark reached, or the round closed)',
		async (day) => {
			await rollback(db, async (tx) => {
				await recordReminders(tx, at(day));
				expect(await recorded(tx, 'due_digest')).toEqual([]);
			});
		}
	);

	it('coordinators hear of work waiting for review; executives of the target and a stale sign-off', async () => {
		await rollback(db, async (tx) => {
			await setStatus(tx, f.partA, 'submitted');
			await tx.query(
				`insert into readiness_snapshots (org_id, cycle_id, day, confirmed_oit, pipeline_oit, approved_items, submitted_items)
				 values ($1, $2, '2022-03-07', 86, 90, 1, 0)`,
				[f.orgA, f.cycleA]
			);
			await tx.query(`update signoffs set signed_at = now() - interval '1 day' where id = $1`, [
				f.signoffA
			]);
			await recordReminders(tx, at('2022-03-10'));
			const review = await recorded(tx, 'review_digest');
			expect(review.map((r) => r.who)).toEqual(['cA']);
			expect(review[0].params.items).toEqual([
				expect.objectContaining({ code: 'o1', division: 'D1' })
			]);
			const target = await recorded(tx, 'target_reached');
			expect(target.map((r) => r.who)).toEqual(['eA']);
			expect(target[0].params).toMatchObject({ oit: 86, target: 85, day: '2022-03-07' });
			expect((await recorded(tx, 'signoff_outdated')).map((r) => r.who)).toEqual(['eA']);

			// The same day again, and the next day: nothing new about the same snapshot or sign-off.
			expect(await recordReminders(tx, at('2022-03-10'))).toBe(0);
			await recordReminders(tx, at('2022-03-11'));
			expect((await recorded(tx, 'target_reached')).length).toBe(1);
			expect((await recorded(tx, 'signoff_outdated')).length).toBe(1);
			expect((await recorded(tx, 'review_digest')).length).toBe(2);
		});
	});

	it('work that leaves the signed figures as they were does not date the sign-off', async () => {
		await rollback(db, async (tx) => {
			await tx.query(`update signoffs set signed_at = now() - interval '1 day' where id = $1`, [
				f.signoffA
			]);
			await setStatus(tx, f.partA, 'submitted');
			const reading = (oit: number, approved: number) =>
				tx.query(
					`insert into readiness_snapshots (org_id, cycle_id, day, confirmed_oit, pipeline_oit, approved_items, submitted_items)
					 values ($1, $2, '2022-03-07', $3, 90, $4, 1)
					 on conflict (cycle_id, day) do update set confirmed_oit = $3, approved_items = $4,
						recorded_at = clock_timestamp()`,
					[f.orgA, f.cycleA, oit, approved]
				);
			await reading(40, 1);
			expect((await latestSignoff(tx, f.cycleA))?.out_of_date).toBe(false);
			await recordReminders(tx, at('2022-03-10'));
			expect(await recorded(tx, 'signoff_outdated')).toEqual([]);

			await reading(40, 2);
			expect((await latestSignoff(tx, f.cycleA))?.out_of_date).toBe(true);
		});
	});

	it('queueReminders run twice on the same day records nothing the second time', async () => {
		const first = await queueReminders(db, at('2022-03-08'));
		expect(first).toBeGreaterThanOrEqual(2);
		expect(await queueReminders(db, new Date(at('2022-03-08').getTime() + 3_600_000))).toBe(0);
		await db.query('delete from notifications');
	});
});
