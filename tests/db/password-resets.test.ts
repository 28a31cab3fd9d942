/**
 * New passwords (issue 9): who may reset whose password (app.may_reset_password), that demo
 * accounts keep theirs, and that a change ends the person's other sessions. Each test runs in a
 * rolled-back transaction; the app's functions run inside it through `inTx`.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Database, Tx } from '../../src/lib/server/db/port';
import {
	changeOwnPassword,
	resetPassword,
	temporaryPassword
} from '../../src/lib/server/auth/password-changes';
import { hashPassword, verifyPassword } from '../../src/lib/server/auth/passwords';
import { hashToken } from '../../src/lib/server/auth/sessions';
import { asSuper, asUser, inTx, migratedDatabase, rollback, targets } from './harness';
import { seedFixtures, type Fixtures } from './fixtures';

describe.each(targets())('password changes on %s', (target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let f: Fixtures;

	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		f = await seedFixtures(db);
	});
	afterAll(() => drop());

	async function may(tx: Tx, caller: string, person: string): Promise<boolean> {
		await asUser(tx, caller);
		const [row] = await tx.query<{ ok: boolean }>('select app.may_reset_password($1) as ok', [
			person
		]);
		await asSuper(tx);
		return row.ok;
	}

	async function sessions(tx: Tx, userId: string, ...tokens: string[]) {
		for (const token of tokens)
			await tx.query(
				`insert into auth.app_sessions (token_hash, user_id, expires_at)
				 values ($1, $2, now() + interval '1 hour')`,
				[hashToken(token), userId]
			);
	}

	const sessionCount = async (tx: Tx, userId: string) =>
		Number(
			(
				await tx.query<{ n: number }>(
					'select count(*)::int as n from auth.app_sessions where user_id = $1',
					[userId]
				)
			)[0].n
		);

	it('a coordinator may reset the members of their organisation only', async () => {
		await rollback(db, async (tx) => {
			expect(await may(tx, f.user.cA, f.user.sA1)).toBe(true);
			expect(await may(tx, f.user.cA, f.user.sB1)).toBe(false);
			expect(await may(tx, f.user.cA, f.user.outsider)).toBe(false);
			expect(await may(tx, f.user.cA, f.user.cA)).toBe(false);
			expect(await may(tx, f.user.sA2, f.user.sA1)).toBe(false);
			expect(await may(tx, f.user.eA, f.user.vA)).toBe(false);
		});
	});

	it('not a person who also belongs to an organisation the coordinator does not run', async () => {
		await rollback(db, async (tx) => {
			await tx.query(
				`insert into public.memberships (org_id, user_id, role) values ($1, $2, 'viewer')`,
				[f.orgB, f.user.sA1]
			);
			expect(await may(tx, f.user.cA, f.user.sA1)).toBe(false);
			expect(await may(tx, f.user.cB, f.user.sA1)).toBe(false);
		});
	});

	it('never an account of the demo, whose password is published', async () => {
		await rollback(db, async (tx) => {
			await tx.query('update public.organisations set is_demo = true where id = $1', [f.orgA]);
			expect(await may(tx, f.user.cA, f.user.sA1)).toBe(false);
			await asUser(tx, f.user.sA1);
			const [own] = await tx.query<{ ok: boolean }>('select app.may_change_own_password() as ok');
			expect(own.ok).toBe(false);
			await asSuper(tx);
		});
	});

	it('a reset sets a working temporary password and ends every session of the person', async () => {
		await rollback(db, async (tx) => {
			await sessions(tx, f.user.sA1, 'phone', 'desk');
			const temporary = await resetPassword(inTx(db, tx), f.user.cA, f.user.sA1);
			expect(temporary).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
			const [row] = await tx.query<{ encrypted_password: string }>(
				'select encrypted_password from auth.users where id = $1',
				[f.user.sA1]
			);
			expect(await verifyPassword(temporary!, row.encrypted_password)).toBe(true);
			expect(await sessionCount(tx, f.user.sA1)).toBe(0);
		});
	});

	it('a refused reset changes nothing', async () => {
		await rollback(db, async (tx) => {
			await sessions(tx, f.user.sB1, 'b-phone');
			expect(await resetPassword(inTx(db, tx), f.user.cA, f.user.sB1)).toBeNull();
			expect(await sessionCount(tx, f.user.sB1)).toBe(1);
		});
	});

	it('one’s own change needs the current password and keeps only this session', async () => {
		await rollback(db, async (tx) => {
			await tx.query('update auth.users set encrypted_password = $2 where id = $1', [
				f.user.eA,
				await hashPassword('old-password-1')
			]);
			await sessions(tx, f.user.eA, 'this-one', 'other-one');
			const change = (current: string) =>
				changeOwnPassword(inTx(db, tx), {
					userId: f.user.eA,
					current,
					next: 'new-password-2',
					keepSession: 'this-one'
				});
			expect(await change('wrong-password')).toBe('wrongPassword');
			expect(await sessionCount(tx, f.user.eA)).toBe(2);
			expect(await change('old-password-1')).toBe('changed');
			const left = await tx.query<{ token_hash: string }>(
				'select token_hash from auth.app_sessions where user_id = $1',
				[f.user.eA]
			);
			expect(left.map((r) => r.token_hash)).toEqual([hashToken('this-one')]);
		});
	});

	it('temporary passwords differ and pass the password rule', () => {
		const a = temporaryPassword();
		expect(a.length).toBeGreaterThanOrEqual(8);
		expect(temporaryPassword()).not.toBe(a);
	});
});
