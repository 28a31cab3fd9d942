/**
 * Read-only API tokens (issue 4 §5): who may create, see and revoke them under RLS, that only a
 * hash is stored, and when a token stops resolving. Each test runs in a rolled-back transaction;
 * `resolveToken` (a system task with its own transaction in the app) runs inside the same one
 * through `inTx`, so it sees the test's uncommitted rows. The last test goes through real,
 * committed transactions end to end.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createHash } from 'node:crypto';
import { withUser } from '../../src/lib/server/db/with-user';
import type { Database, Tx } from '../../src/lib/server/db/port';
import {
	createToken,
	listTokens,
	resolveToken,
	revokeToken
} from '../../src/lib/server/auth/api-tokens';
import { asSuper, asUser, inTx, migratedDatabase, rollback, sqlState, targets } from './harness';
import { seedFixtures, type Fixtures } from './fixtures';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describe.each(targets())('API tokens on %s', (target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let f: Fixtures;

	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		f = await seedFixtures(db);
	});
	afterAll(() => drop());

	/** cA creates a token in org A; the transaction is back to the superuser afterwards. */
	async function tokenOfA(tx: Tx, name = 'Monitoring'): Promise<{ id: string; token: string }> {
		await asUser(tx, f.user.cA);
		const created = await createToken(tx, f.orgA, name);
		await asSuper(tx);
		return created;
	}

	it('stores only the SHA-256 of the token, never the token itself', async () => {
		await rollback(db, async (tx) => {
			const { id, token } = await tokenOfA(tx);
			expect(token).toMatch(/^ita_[A-Za-z0-9_-]{43}$/);
			const [row] = await tx.query<Record<string, unknown>>(
				'select * from public.api_tokens where id = $1',
				[id]
			);
			expect(row.token_hash).toBe(sha256(token));
			expect(row.created_by).toBe(f.user.cA);
			const stored = JSON.stringify(row);
			expect(stored).not.toContain(token);
			expect(stored).not.toContain(token.slice(4));
		});
	});

	it('a contributor, an executive and a viewer see no tokens and cannot create one', async () => {
		await rollback(db, async (tx) => {
			await tokenOfA(tx);
			for (const who of [f.user.sA1, f.user.eA, f.user.vA]) {
				await asUser(tx, who);
				expect(await listTokens(tx, f.orgA)).toHaveLength(0);
				expect(
					await sqlState(
						tx,
						`insert into public.api_tokens (org_id, name, token_hash) values ($1, 'x', $2)`,
						[f.orgA, sha256(who)]
					)
				).toBe('42501');
				expect(
					await tx.query('update public.api_tokens set revoked_at = now() returning id')
				).toHaveLength(0);
			}
		});
	});

	it("cB sees none of org A's tokens and can neither revoke them nor create one for org A", async () => {
		await rollback(db, async (tx) => {
			const { id } = await tokenOfA(tx);
			await asUser(tx, f.user.cB);
			expect(
				await tx.query('select id from public.api_tokens where org_id = $1', [f.orgA])
			).toHaveLength(0);
			expect(await listTokens(tx, f.orgA)).toHaveLength(0);
			expect(await revokeToken(tx, f.orgA, id)).toBe(false);
			expect(
				await sqlState(
					tx,
					`insert into public.api_tokens (org_id, name, token_hash) values ($1, 'x', $2)`,
					[f.orgA, sha256('cB')]
				)
			).toBe('42501');
			await asSuper(tx);
			const [row] = await tx.query<{ revoked_at: Date | null }>(
				'select revoked_at from public.api_tokens where id = $1',
				[id]
			);
			expect(row.revoked_at).toBeNull();
		});
	});

	it('a coordinator can neither forge the creator nor write last_used_at', async () => {
		await rollback(db, async (tx) => {
			const { id } = await tokenOfA(tx);
			await asUser(tx, f.user.cA);
			expect(
				await sqlState(
					tx,
					`insert into public.api_tokens (org_id, name, token_hash, created_by)
					 values ($1, 'x', $2, $3)`,
					[f.orgA, sha256('forged'), f.user.sA1]
				)
			).toBe('42501');
			expect(
				await sqlState(tx, `update public.api_tokens set last_used_at = now() where id = $1`, [id])
			).toBe('42501');
		});
	});

	it('resolves to its creator and organisation; a revoked token does not resolve', async () => {
		await rollback(db, async (tx) => {
			const { id, token } = await tokenOfA(tx);
			const holder = await resolveToken(inTx(db, tx), token);
			expect(holder).toMatchObject({ tokenId: id, orgId: f.orgA, user: { id: f.user.cA } });
			expect(await resolveToken(inTx(db, tx), token.slice(0, -1) + 'x')).toBeNull();
			expect(await resolveToken(inTx(db, tx), 'not-a-token')).toBeNull();

			await asUser(tx, f.user.cA);
			expect(await revokeToken(tx, f.orgA, id)).toBe(true);
			expect(await revokeToken(tx, f.orgA, id)).toBe(false);
			await asSuper(tx);
			expect(await resolveToken(inTx(db, tx), token)).toBeNull();
		});
	});

	it('does not resolve once its creator is no longer a coordinator of the organisation', async () => {
		await rollback(db, async (tx) => {
			const { token } = await tokenOfA(tx);
			expect(await resolveToken(inTx(db, tx), token)).not.toBeNull();
			// Org A must keep a coordinator: promote eA before cA steps down.
			await tx.query(`update public.memberships set role = 'coordinator' where id = $1`, [
				f.membership.eA
			]);
			await tx.query(`update public.memberships set role = 'executive' where id = $1`, [
				f.membership.cA
			]);
			expect(await resolveToken(inTx(db, tx), token)).toBeNull();
		});
	});

	it('writes last_used_at at most once a minute', async () => {
		await rollback(db, async (tx) => {
			const { id, token } = await tokenOfA(tx);
			const lastUsed = async () =>
				(
					await tx.query<{ at: string | null; fresh: boolean }>(
						`select last_used_at::text as at, last_used_at = now() as fresh
						 from public.api_tokens where id = $1`,
						[id]
					)
				)[0];
			expect((await lastUsed()).at).toBeNull();
			await resolveToken(inTx(db, tx), token);
			expect((await lastUsed()).fresh).toBe(true);

			await tx.query(
				`update public.api_tokens set last_used_at = now() - interval '30 seconds' where id = $1`,
				[id]
			);
			const before = (await lastUsed()).at;
			await resolveToken(inTx(db, tx), token);
			expect((await lastUsed()).at).toBe(before);

			await tx.query(
				`update public.api_tokens set last_used_at = now() - interval '2 minutes' where id = $1`,
				[id]
			);
			await resolveToken(inTx(db, tx), token);
			expect((await lastUsed()).fresh).toBe(true);
		});
	});

	it('end to end in committed transactions: create, resolve, revoke, refused at once', async () => {
		const cA = { sub: f.user.cA, role: 'authenticated' as const };
		const { id, token } = await withUser(db, cA, (tx) => createToken(tx, f.orgA, 'Committed'));
		expect((await resolveToken(db, token))?.orgId).toBe(f.orgA);
		const listed = await withUser(db, cA, (tx) => listTokens(tx, f.orgA));
		expect(listed.find((t) => t.id === id)?.last_used_at).toBeInstanceOf(Date);
		expect(await withUser(db, cA, (tx) => revokeToken(tx, f.orgA, id))).toBe(true);
		expect(await resolveToken(db, token)).toBeNull();
	});
});
