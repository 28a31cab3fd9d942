/**
 * D13 on a Supabase project: the migrations apply unchanged to a database shaped like a new
 * Supabase project (tests/db/supabase-project.sql: its roles, `auth` schema and `auth.users`,
 * helper functions and default grants), run — as there — by an owner role that is not a
 * superuser, with the app's own shim (db/shim) nowhere. Real PostgreSQL only: PGlite has one
 * superuser and cannot play the roles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/lib/server/db/migrate';
import { openPostgres } from '../../src/lib/server/db/postgres';
import { withAnon, withUser } from '../../src/lib/server/db/with-user';
import { loadCatalogs } from '../../src/lib/server/catalog-loader';
import { resolveUser } from '../../src/lib/server/auth/sessions';
import type { Database } from '../../src/lib/server/db/port';

const admin = process.env.TEST_DATABASE_URL;

async function run(url: string, sql: string) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(sql);
	} finally {
		await client.end();
	}
}

describe.skipIf(!admin)('a new Supabase project (PostgreSQL)', () => {
	const name = 'supa_' + randomBytes(6).toString('hex');
	const superUrl = new URL(admin ?? 'postgres://x@localhost/x');
	superUrl.pathname = '/' + name;
	const ownerUrl = new URL(superUrl);
	ownerUrl.username = 'project_owner';
	let db: Database;
	let applied: string[];

	beforeAll(async () => {
		await run(
			admin!,
			`do $$ begin
				if not exists (select 1 from pg_roles where rolname = 'project_owner') then
					create role project_owner login createrole createdb bypassrls;
				end if;
			end $$`
		);
		await run(admin!, `create database ${name} owner project_owner`);
		await run(superUrl.toString(), readFileSync('tests/db/supabase-project.sql', 'utf8'));
		db = openPostgres(ownerUrl.toString(), 2);
		applied = await migrate(db, { migrationsDir: 'supabase/migrations' });
	});
	afterAll(async () => {
		await db?.close();
		await run(admin!, `drop database if exists ${name}`);
	});

	it('every migration applies, run by an owner that is not a superuser', async () => {
		const [me] = await db.query<{ rolsuper: boolean }>(
			'select rolsuper from pg_roles where rolname = current_user'
		);
		expect(me.rolsuper).toBe(false);
		const files = readdirSync('supabase/migrations')
			.filter((f) => f.endsWith('.sql'))
			.sort()
			.map((f) => f.replace(/\.sql$/, ''));
		expect(files.length).toBeGreaterThan(10);
		expect(applied).toEqual(files);
	});

	it('nothing of the local shim is needed or created', async () => {
		const rows = await db.query<{ relname: string }>(
			`select relname from pg_class where relnamespace = 'auth'::regnamespace and relkind = 'r'`
		);
		expect(rows.map((r) => r.relname)).toEqual(['users']);
	});

	it('Row Level Security is on for every table of the app', async () => {
		const tables = await db.query<{ name: string; rls: boolean }>(
			`select c.relname as name, c.relrowsecurity as rls from pg_class c
			 where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') order by 1`
		);
		expect(tables.length).toBeGreaterThan(15);
		expect(tables.filter((t) => !t.rls).map((t) => t.name)).toEqual([]);
	});

	it('a Supabase Auth user is auth.uid() under the authenticated role', async () => {
		const id = randomUUID();
		// Supabase Auth writes its users itself (as its own role).
		await run(
			superUrl.toString(),
			`insert into auth.users (id, aud, role, email, email_confirmed_at, raw_app_meta_data,
				raw_user_meta_data, created_at, updated_at)
			 values ('${id}', 'authenticated', 'authenticated', 'somchai@example.go.th', now(),
				'{"provider":"email"}', '{"full_name":"Somchai"}', now(), now())`
		);
		const [seen] = await withUser(db, { sub: id, role: 'authenticated' }, (tx) =>
			tx.query<{ uid: string; role: string; jwt_role: string }>(
				`select auth.uid() as uid, current_user as role, auth.role() as jwt_role`
			)
		);
		expect(seen).toEqual({ uid: id, role: 'authenticated', jwt_role: 'authenticated' });
		const holder = await resolveUser(db, id);
		expect(holder?.user).toMatchObject({ id, email: 'somchai@example.go.th' });
		expect(holder?.member).toBeNull();
	});

	it('the shipped OIT editions load without the app (npm run load-catalogs)', async () => {
		await loadCatalogs(db);
		const rows = await db.query<{ shipped_key: string; items: number }>(
			`select c.shipped_key, count(i.*)::int as items from public.catalogs c
			 join public.catalog_items i on i.catalog_id = c.id
			 where c.shipped_key is not null group by 1 order by 1`
		);
		expect(rows.map((r) => r.shipped_key)).toContain('fy2565');
		expect(rows.every((r) => r.items > 0)).toBe(true);
		// Visitors read them as `anon`, with the grants Supabase's default privileges gave.
		const [seen] = await withAnon(db, (tx) =>
			tx.query<{ n: number }>('select count(*)::int as n from public.catalogs')
		);
		expect(seen.n).toBe(rows.length);
	});
});
