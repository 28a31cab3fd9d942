/**
 * A password someone else chose must be changed at the next sign-in (issue 9): a reset and a new
 * member's first password mark it temporary, the person's own change clears the mark, the
 * session says so, and nobody clears it through SQL without setting a password.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Database, Tx } from '../../src/lib/server/db/port';
import { changeOwnPassword, resetPassword } from '../../src/lib/server/auth/password-changes';
import { createMemberAccount } from '../../src/lib/server/member-accounts';
import { hashToken, resolveSession } from '../../src/lib/server/auth/sessions';
import { asSuper, asUser, inTx, migratedDatabase, rollback, sqlState, targets } from './harness';
import { seedFixtures, type Fixtures } from './fixtures';

describe.each(targets())('temporary passwords on %s', (target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let f: Fixtures;

	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		f = await seedFixtures(db);
	});
	afterAll(() => drop());

	const marked = async (tx: Tx, userId: string) =>
		(await tx.query('select 1 from public.temporary_passwords where user_id = $1', [userId]))
			.length === 1;

	it('a reset marks the password temporary and the person’s own change clears it', async () => {
		await rollback(db, async (tx) => {
			expect(await marked(tx, f.user.sA1)).toBe(false);
			const temporary = await resetPassword(inTx(db, tx), f.user.cA, f.user.sA1);
			expect(await marked(tx, f.user.sA1)).toBe(true);
			const token = 'a'.repeat(43);
			await tx.query(
				`insert into auth.app_sessions (token_hash, user_id, expires_at)
				 values ($1, $2, now() + interval '1 hour')`,
				[hashToken(token), f.user.sA1]
			);
			expect((await resolveSession(inTx(db, tx), token))?.user.mustChangePassword).toBe(true);
			const change = (current: string) =>
				changeOwnPassword(inTx(db, tx), {
					userId: f.user.sA1,
					current,
					next: 'my-own-password-1',
					keepSession: token
				});
			expect(await change('not-the-temporary')).toBe('wrongPassword');
			expect(await marked(tx, f.user.sA1)).toBe(true);
			expect(await change(temporary!)).toBe('changed');
			expect(await marked(tx, f.user.sA1)).toBe(false);
			expect((await resolveSession(inTx(db, tx), token))?.user.mustChangePassword).toBe(false);
		});
	});

	it('a refused reset marks nothing', async () => {
		await rollback(db, async (tx) => {
			expect(await resetPassword(inTx(db, tx), f.user.cA, f.user.sB1)).toBeNull();
			expect(await marked(tx, f.user.sB1)).toBe(false);
		});
	});

	it('the first password a coordinator types for a new member is temporary', async () => {
		await rollback(db, async (tx) => {
			const member = (email: string) =>
				createMemberAccount(inTx(db, tx), f.user.cA, {
					orgId: f.orgA,
					fullName: 'คนใหม่',
					email,
					password: 'typed-by-coordinator',
					role: 'viewer',
					divisionIds: []
				});
			await member('new.person@example.org');
			await asSuper(tx);
			const [row] = await tx.query<{ id: string }>('select id from auth.users where email = $1', [
				'new.person@example.org'
			]);
			expect(await marked(tx, row.id)).toBe(true);
			// An account that already exists (another organisation's person) keeps its own password.
			const [cB] = await tx.query<{ email: string }>('select email from auth.users where id = $1', [
				f.user.cB
			]);
			await member(cB.email);
			await asSuper(tx);
			expect(await marked(tx, f.user.cB)).toBe(false);
			// In the demo nobody can change their password, so nobody is made to.
			await tx.query('update public.organisations set is_demo = true where id = $1', [f.orgA]);
			await member('demo.person@example.org');
			await asSuper(tx);
			const [demo] = await tx.query<{ id: string }>('select id from auth.users where email = $1', [
				'demo.person@example.org'
			]);
			expect(await marked(tx, demo.id)).toBe(false);
		});
	});

	it('a person sees their own mark only and cannot remove or change it', async () => {
		await rollback(db, async (tx) => {
			await tx.query('insert into public.temporary_passwords (user_id) values ($1), ($2)', [
				f.user.sA1,
				f.user.sA2
			]);
			await asUser(tx, f.user.sA1);
			const seen = await tx.query<{ user_id: string }>(
				'select user_id from public.temporary_passwords'
			);
			expect(seen.map((r) => r.user_id)).toEqual([f.user.sA1]);
			expect(
				await sqlState(tx, 'delete from public.temporary_passwords where user_id = $1', [
					f.user.sA1
				])
			).toBe('42501');
			expect(
				await sqlState(
					tx,
					`update public.temporary_passwords set user_id = $2 where user_id = $1`,
					[f.user.sA1, f.user.outsider]
				)
			).toBe('42501');
			expect(
				await sqlState(tx, 'insert into public.temporary_passwords (user_id) values ($1)', [
					f.user.eA
				])
			).toBe('42501');
			await asUser(tx, f.user.cA);
			expect(
				await sqlState(tx, 'delete from public.temporary_passwords where user_id = $1', [
					f.user.sA1
				])
			).toBe('42501');
			await asSuper(tx);
			expect(await marked(tx, f.user.sA1)).toBe(true);
		});
	});
});
