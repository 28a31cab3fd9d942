/**
 * Supabase Auth mode, the hand-off to the database (W06): a user verified by the adapter is
 * looked up and runs SQL under RLS exactly as an embedded session's user does. The hosted Auth
 * server is faked (tests/shared/fake-supabase-auth.ts); supabase-js, @supabase/ssr, the adapter
 * and the database are real.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveUser } from '../../src/lib/server/auth/sessions';
import { signIn, supabaseClient, verifiedUser } from '../../src/lib/server/auth/supabase';
import { asRequestUser } from '../../src/lib/server/request';
import type { Database } from '../../src/lib/server/db/port';
import { FakeSupabaseAuth, jwtPayload } from '../shared/fake-supabase-auth';
import { CookieJar } from '../shared/cookie-jar';
import { migratedDatabase, targets, type Target } from './harness';
import { seedFixtures, type Fixtures } from './fixtures';

const FAKE = '(fake Supabase Auth server)';

describe.each(targets())('Supabase Auth mode hand-off on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let f: Fixtures;
	let auth: FakeSupabaseAuth;
	const client = (jar: CookieJar) =>
		supabaseClient({ url: auth.url, anonKey: 'anon-test-key' }, jar, false);

	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		f = await seedFixtures(db);
		auth = await new FakeSupabaseAuth().start();
		auth.addUser('ca@agency.example', 'coordinator secret', f.user.cA);
	});
	afterAll(async () => {
		await auth.stop();
		await drop();
	});

	/** What hooks.server.ts does for a request: verify, look up, then act under RLS. */
	async function request(jar: CookieJar, method: string) {
		const verified = await verifiedUser(client(jar), method);
		const holder = verified ? await resolveUser(db, verified.claims.sub) : null;
		if (!holder) return null;
		const locals = { db, user: holder.user, member: holder.member } as App.Locals;
		const seen = await asRequestUser(locals, async (tx) => ({
			uid: (await tx.query<{ uid: string }>('select auth.uid() as uid'))[0].uid,
			role: (await tx.query<{ r: string }>('select current_user as r'))[0].r,
			orgs: (await tx.query<{ id: string }>('select id from public.organisations')).map((r) => r.id)
		}));
		return { holder, seen };
	}

	it(`a verified user reads as themselves under RLS, on reads and writes ${FAKE}`, async () => {
		const jar = new CookieJar();
		expect(await signIn(client(jar), 'ca@agency.example', 'coordinator secret')).toBe(true);
		for (const method of ['GET', 'POST']) {
			const result = await request(jar, method);
			expect(result?.holder.member?.orgId).toBe(f.orgA);
			expect(result?.holder.member?.role).toBe('coordinator');
			expect(result?.seen).toEqual({ uid: f.user.cA, role: 'authenticated', orgs: [f.orgA] });
		}
	});

	it(`a token with the sub edited to another organisation's user gets nothing ${FAKE}`, async () => {
		const jar = new CookieJar();
		expect(await signIn(client(jar), 'ca@agency.example', 'coordinator secret')).toBe(true);
		const session = jar.session();
		const [header, , signature] = (session.access_token as string).split('.');
		const payload = Buffer.from(
			JSON.stringify({ ...jwtPayload(session.access_token as string), sub: f.user.cB })
		).toString('base64url');
		jar.setSession({ ...session, access_token: `${header}.${payload}.${signature}` });
		expect(await request(jar, 'GET')).toBeNull();
		expect(await request(jar, 'POST')).toBeNull();
	});
});
