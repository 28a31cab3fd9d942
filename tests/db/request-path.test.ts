/**
 * R19 / L06: the request path. On PGlite every request shares one superuser connection, so the
 * user's role and claims must live and die with the request's transaction; on PostgreSQL the pool
 * hands connections from one request to the next. Many interleaved requests for two users of two
 * organisations must each see only their own organisation, and the connection must come back as
 * its own role with no claims — also after a request that failed.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { withUser } from '../../src/lib/server/db/with-user';
import type { Database } from '../../src/lib/server/db/port';
import { migratedDatabase, targets, type Target } from './harness';
import { seedFixtures, type Fixtures } from './fixtures';

const REQUESTS = 200;

interface Observation {
	user: string;
	org: string;
	role: string;
	privileged: boolean;
	uid: string;
	orgs: string[];
}

interface Session {
	role: string;
	session_user: string;
	claims: string | null;
	pid: number;
}

const BARE = `select current_user as role, session_user, current_setting('request.jwt.claims', true) as claims,
	pg_backend_pid() as pid`;

describe.each(targets())('request path on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let f: Fixtures;

	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		f = await seedFixtures(db);
	});
	afterAll(() => drop());

	function expectOwnSession(s: Session) {
		expect(s.role).toBe(s.session_user);
		expect(s.role).not.toMatch(/^(anon|authenticated|service_role)$/);
		expect(s.claims ?? '').toBe('');
	}

	it(`R19: ${REQUESTS} concurrent withUser requests for cA and cB never see each other’s rows`, async () => {
		const users = [
			{ user: f.user.cA, org: f.orgA },
			{ user: f.user.cB, org: f.orgB }
		];
		const seen: Observation[] = [];
		const requests = Array.from({ length: REQUESTS }, (_, i) => {
			const { user, org } = users[i % 2];
			return withUser(db, { sub: user, role: 'authenticated' }, async (tx) => {
				const [who] = await tx.query<{ role: string; privileged: boolean; uid: string }>(
					`select current_user as role, auth.uid() as uid,
						(select rolsuper or rolbypassrls from pg_roles where rolname = current_user) as privileged`
				);
				const rows = await tx.query<{ org_id: string }>('select org_id from divisions');
				seen.push({ user, org, ...who, orgs: rows.map((r) => r.org_id) });
				// Every tenth request fails half-way, as a forbidden write would.
				if (i % 10 === 9) {
					await tx.query(
						`insert into organisations (name, org_type, province) values ('Nope', 'sao', 'Nan')`
					);
				}
				return rows.length;
			}).then(
				(n) => ({ ok: true as const, n }),
				(e: { code?: string }) => ({ ok: false as const, code: e.code })
			);
		});
		// Queries outside any request, interleaved with them, run as the connection's own role.
		const bare = Array.from({ length: 50 }, () =>
			db.query<Session & Record<string, unknown>>(BARE)
		);

		const results = await Promise.all(requests);
		const outside = (await Promise.all(bare)).flat();

		expect(seen).toHaveLength(REQUESTS);
		for (const s of seen) {
			expect(s.role).toBe('authenticated');
			expect(s.privileged).toBe(false);
			expect(s.uid).toBe(s.user);
			expect(s.orgs.length).toBeGreaterThan(0);
			expect(new Set(s.orgs)).toEqual(new Set([s.org]));
		}
		const failed = results.filter((r) => !r.ok);
		expect(failed).toHaveLength(REQUESTS / 10);
		expect(new Set(failed.map((r) => r.code))).toEqual(new Set(['42501']));
		for (const s of outside) expectOwnSession(s);

		// Afterwards every connection is back to its own role with no claims. Holding as many
		// queries open at once as the pool has connections makes each run on a different one.
		const after = (
			await Promise.all(
				Array.from({ length: 4 }, () =>
					db.query<Session & Record<string, unknown>>(`${BARE}, pg_sleep(0.05)::text as slept`)
				)
			)
		).flat();
		for (const s of after) expectOwnSession(s);
		if (target === 'postgres') {
			expect(new Set(after.map((s) => s.pid)).size).toBeGreaterThan(1);
		}
		const [last] = await db.query<Session & Record<string, unknown>>(BARE);
		expect(last.role).toBe('postgres');
		expectOwnSession(last);
	});
});
