/**
 * Supabase Auth mode: a coordinator adds a member by invitation (W06 hand-off). PostgreSQL only. The hosted Auth
 * server is faked (it makes the auth.users row as the real one does); the service-role client,
 * the accounts code and the database under RLS are real.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemberAccount } from '../../src/lib/server/member-accounts';
import { inviteAuthUser } from '../../src/lib/server/auth/supabase-admin';
import { asSystem } from '../../src/lib/server/db/with-user';
import type { Database } from '../../src/lib/server/db/port';
import { FakeSupabaseAuth, SERVICE_KEY } from '../shared/fake-supabase-auth';
import { migratedDatabase, targets, type Target } from './harness';
import { seedFixtures, type Fixtures } from './fixtures';

const FAKE = '(fake Supabase Auth server)';

// Supabase Auth mode runs on PostgreSQL only; on PGlite's one connection the fake server's own
// write would wait for the transaction that is waiting for it.
const onPostgres = targets().filter((t) => t === 'postgres');

describe.skipIf(onPostgres.length === 0)('invitations (PostgreSQL only)', () => {
	it('needs TEST_DATABASE_URL (npm run test:db)', () => {
		expect(onPostgres).toEqual(['postgres']);
	});
});

describe.each(onPostgres)('invitations on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let f: Fixtures;
	let auth: FakeSupabaseAuth;

	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		f = await seedFixtures(db);
		auth = await new FakeSupabaseAuth().start();
		auth.onNewUser = ({ id, email }) =>
			asSystem(db, 'supabase-auth', async (tx) => {
				await tx.query(
					`insert into auth.users (id, email, encrypted_password) values ($1, $2, '')`,
					[id, email]
				);
			});
	});
	afterAll(async () => {
		await auth.stop();
		await drop();
	});

	const invite = (coordinator: string, orgId: string, email: string) =>
		createMemberAccount(
			db,
			coordinator,
			{ orgId, fullName: 'สมศรี ใจดี', email, role: 'viewer', divisionIds: [] },
			(tx, input) =>
				inviteAuthUser(
					{ url: auth.url, anonKey: 'anon', serviceKey: SERVICE_KEY },
					tx,
					input,
					'http://app.example/auth/confirm'
				)
		);

	it(`a new e-mail is invited, gets a profile and the membership ${FAKE}`, async () => {
		await invite(f.user.cA, f.orgA, 'somsri@agency.example');
		expect(auth.sent).toContainEqual({
			to: 'somsri@agency.example',
			kind: 'invite',
			redirectTo: 'http://app.example/auth/confirm'
		});
		const rows = await db.query<{ full_name: string; role: string }>(
			`select p.full_name, m.role from public.profiles p
			 join public.memberships m on m.user_id = p.id where p.email = 'somsri@agency.example'`
		);
		expect(rows).toEqual([{ full_name: 'สมศรี ใจดี', role: 'viewer' }]);
	});

	it(`an e-mail that already has an account is added without a second invitation ${FAKE}`, async () => {
		const before = auth.sent.length;
		await invite(f.user.cB, f.orgB, 'somsri@agency.example');
		expect(auth.sent.length).toBe(before);
		const [row] = await db.query<{ n: number }>(
			`select count(*)::int as n from public.memberships m join public.profiles p on p.id = m.user_id
			 where p.email = 'somsri@agency.example'`
		);
		expect(row.n).toBe(2);
	});

	it(`someone who is not a coordinator of the organisation adds nobody ${FAKE}`, async () => {
		await expect(invite(f.user.sA1, f.orgA, 'nobody@agency.example')).rejects.toMatchObject({
			code: '42501'
		});
		const rows = await db.query(
			`select 1 from public.profiles where email = 'nobody@agency.example'`
		);
		expect(rows).toEqual([]);
	});
});
