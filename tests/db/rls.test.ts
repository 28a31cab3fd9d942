/**
 * Row Level Security, roles and the append-only history (docs/test-plan.md §1 and §4), run the same
 * way on PGlite and on a real PostgreSQL server. Every test runs inside `rollback()` and starts with
 * `asUser()`, which asserts (R05) that the session is neither superuser nor BYPASSRLS. Exceptions:
 * R13 needs a committed delete and a genuinely new transaction (it restores what it removed); the
 * R17 unset-claims checks switch role by hand (asUser would set claims) and run the guard inline;
 * the system-task audit test runs as `asSystem` on purpose and rolls back by throwing.
 *
 * "Denied" means 42501 (no privilege, or a WITH CHECK failure) or 0 rows affected (a USING clause
 * hid the row): PostgreSQL reports a blocked UPDATE/DELETE as success with no rows.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { asSystem } from '../../src/lib/server/db/with-user';
import { openPostgres } from '../../src/lib/server/db/postgres';
import type { Database, Row, Tx } from '../../src/lib/server/db/port';
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

const DENIED = ['42501', '0 rows'];

interface Attempt {
	state: string | null;
	rows: Row[];
}

/** Runs one statement in a savepoint; an error is returned, not thrown, and undone. */
async function attempt(tx: Tx, sql: string, params?: unknown[]): Promise<Attempt> {
	await tx.query('savepoint attempt');
	try {
		const rows = await tx.query(sql, params);
		await tx.query('release savepoint attempt');
		return { state: null, rows };
	} catch (e) {
		await tx.query('rollback to savepoint attempt');
		return { state: (e as { code?: string }).code ?? 'unknown', rows: [] };
	}
}

/** The SQLSTATE of a failed statement, else how many rows it returned: '42501', '0 rows', '1 rows'. */
async function outcome(tx: Tx, sql: string, params?: unknown[]): Promise<string> {
	const r = await attempt(tx, sql, params);
	return r.state ?? `${r.rows.length} rows`;
}

async function count(tx: Tx, sql: string, params?: unknown[]): Promise<number> {
	const [row] = await tx.query<{ n: number }>(sql, params);
	return Number(row.n);
}

async function list(tx: Tx, sql: string, params?: unknown[]): Promise<string[]> {
	return (await tx.query<{ v: string }>(sql, params)).map((r) => r.v);
}

function ident(name: string): string {
	if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected table name ${name}`);
	return `public."${name}"`;
}

const isCatalogTable = (t: string) => t === 'catalogs' || t.startsWith('catalog_');

// Catalog queries: each returns the offending objects as `v`.
const TABLES_WITHOUT_RLS = `
	select n.nspname || '.' || c.relname as v
	from pg_class c join pg_namespace n on n.oid = c.relnamespace
	where n.nspname in ('public', 'app') and c.relkind in ('r', 'p') and not c.relrowsecurity
	order by 1`;
const VIEWS_WITHOUT_INVOKER = `
	select n.nspname || '.' || c.relname as v
	from pg_class c join pg_namespace n on n.oid = c.relnamespace
	where n.nspname in ('public', 'app') and c.relkind in ('v', 'm')
		and not coalesce(c.reloptions, '{}') && array['security_invoker=true', 'security_invoker=on',
			'security_invoker=yes', 'security_invoker=1']
	order by 1`;
const PUBLIC_DEFINER_FUNCTIONS = `
	select p.oid::regprocedure::text as v
	from pg_proc p join pg_namespace n on n.oid = p.pronamespace
	where n.nspname = 'public' and p.prosecdef
		and (has_function_privilege('anon', p.oid, 'EXECUTE')
			or has_function_privilege('authenticated', p.oid, 'EXECUTE'))
	order by 1`;
const DEFINER_FUNCTIONS_WITHOUT_SEARCH_PATH = `
	select p.oid::regprocedure::text as v
	from pg_proc p join pg_namespace n on n.oid = p.pronamespace
	where n.nspname in ('public', 'app') and p.prosecdef
		and not exists (select 1 from unnest(p.proconfig) as c where c like 'search_path=%')
	order by 1`;
const ANON_DEFINER_FUNCTIONS = `
	select p.oid::regprocedure::text as v
	from pg_proc p join pg_namespace n on n.oid = p.pronamespace
	where n.nspname in ('public', 'app') and p.prosecdef
		and has_function_privilege('anon', p.oid, 'EXECUTE')
	order by 1`;
const POLICIES_READING_USER_METADATA = `
	select c.relname || ': ' || p.polname as v
	from pg_policy p join pg_class c on c.oid = p.polrelid
	where coalesce(pg_get_expr(p.polqual, p.polrelid), '') || ' '
		|| coalesce(pg_get_expr(p.polwithcheck, p.polrelid), '') ilike '%user_metadata%'
	order by 1`;
const POLICIES_FOR_PUBLIC = `
	select c.relname || ': ' || p.polname as v
	from pg_policy p
	join pg_class c on c.oid = p.polrelid
	join pg_namespace n on n.oid = c.relnamespace
	where n.nspname in ('public', 'app') and 0::oid = any (p.polroles)
	order by 1`;
const WRITE_POLICIES_WITHOUT_SELECT = `
	with p as (
		select tablename, cmd, unnest(roles)::text as role from pg_policies where schemaname = 'public'
	)
	select distinct w.tablename || ' ' || w.cmd || ' ' || w.role as v
	from p w
	where w.cmd in ('UPDATE', 'DELETE')
		and not exists (
			select 1 from p r
			where r.tablename = w.tablename and r.cmd in ('SELECT', 'ALL') and r.role in (w.role, 'public')
		)
	order by 1`;

const PROTECTED_COLUMN_GRANTS = `
	select r.rolname || ' ' || p.priv || ' ' || c.relname || '.' || a.attname as v
	from pg_attribute a
	join pg_class c on c.oid = a.attrelid
	join pg_namespace n on n.oid = c.relnamespace
	cross join (values ('anon'), ('authenticated')) as r (rolname)
	cross join (values ('UPDATE'), ('INSERT')) as p (priv)
	where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
		and (a.attname in ('id', 'version', 'created_at')
			or (p.priv = 'UPDATE' and a.attname in ('org_id', 'user_id', 'membership_id',
				'division_id', 'catalog_id', 'actor', 'actor_label')))
		and has_column_privilege(r.rolname, c.oid, a.attnum, p.priv)
	order by 1`;

describe.each(targets())('RLS and roles on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let f: Fixtures;

	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		f = await seedFixtures(db);
	});
	afterAll(() => drop());

	/** Queries that count org A's rows in every organisation-scoped table. */
	const orgARows = (): Record<string, [string, unknown[]]> => ({
		organisations: ['select count(*) as n from organisations where id = $1', [f.orgA]],
		divisions: ['select count(*) as n from divisions where org_id = $1', [f.orgA]],
		memberships: ['select count(*) as n from memberships where org_id = $1', [f.orgA]],
		membership_divisions: [
			'select count(*) as n from membership_divisions where org_id = $1',
			[f.orgA]
		],
		profiles: ['select count(*) as n from profiles where id = any ($1::uuid[])', [f.peopleA]],
		cycles: ['select count(*) as n from cycles where org_id = $1', [f.orgA]],
		audit_log: ['select count(*) as n from audit_log where org_id = $1', [f.orgA]],
		assignments: ['select count(*) as n from assignments where org_id = $1', [f.orgA]],
		parts: ['select count(*) as n from parts where org_id = $1', [f.orgA]],
		evidence: ['select count(*) as n from evidence where org_id = $1', [f.orgA]],
		comments: ['select count(*) as n from comments where org_id = $1', [f.orgA]],
		readiness_snapshots: [
			'select count(*) as n from readiness_snapshots where org_id = $1',
			[f.orgA]
		],
		signoffs: ['select count(*) as n from signoffs where org_id = $1', [f.orgA]],
		api_tokens: ['select count(*) as n from api_tokens where org_id = $1', [f.orgA]],
		catalogs: ['select count(*) as n from catalogs where org_id = $1', [f.orgA]],
		catalog_indicators: [
			'select count(*) as n from catalog_indicators where org_id = $1',
			[f.orgA]
		],
		catalog_sub_indicators: [
			'select count(*) as n from catalog_sub_indicators where org_id = $1',
			[f.orgA]
		],
		catalog_groups: ['select count(*) as n from catalog_groups where org_id = $1', [f.orgA]],
		catalog_items: ['select count(*) as n from catalog_items where org_id = $1', [f.orgA]],
		catalog_elements: ['select count(*) as n from catalog_elements where org_id = $1', [f.orgA]],
		notifications: ['select count(*) as n from notifications where org_id = $1', [f.orgA]],
		link_checks: ['select count(*) as n from link_checks where org_id = $1', [f.orgA]],
		link_exceptions: ['select count(*) as n from link_exceptions where org_id = $1', [f.orgA]],
		link_check_runs: ['select count(*) as n from link_check_runs where org_id = $1', [f.orgA]],
		measures: ['select count(*) as n from measures where org_id = $1', [f.orgA]],
		measure_actions: ['select count(*) as n from measure_actions where org_id = $1', [f.orgA]],
		measure_action_owners: [
			'select count(*) as n from measure_action_owners where org_id = $1',
			[f.orgA]
		],
		measure_evidence: ['select count(*) as n from measure_evidence where org_id = $1', [f.orgA]],
		action_plans: ['select count(*) as n from action_plans where org_id = $1', [f.orgA]],
		plan_items: ['select count(*) as n from plan_items where org_id = $1', [f.orgA]],
		plan_budgets: ['select count(*) as n from plan_budgets where org_id = $1', [f.orgA]],
		plan_targets: ['select count(*) as n from plan_targets where org_id = $1', [f.orgA]],
		plan_risks: ['select count(*) as n from plan_risks where org_id = $1', [f.orgA]],
		plan_progress: ['select count(*) as n from plan_progress where org_id = $1', [f.orgA]]
	});

	async function countOrgA(tx: Tx): Promise<Record<string, number>> {
		const out: Record<string, number> = {};
		for (const [table, [sql, params]] of Object.entries(orgARows())) {
			out[table] = await count(tx, sql, params);
		}
		return out;
	}

	/** Everything org A owns, as text, to prove a failed attack changed nothing. */
	async function snapshotOrgA(tx: Tx): Promise<string> {
		const parts: string[] = [];
		for (const table of [
			'divisions',
			'memberships',
			'membership_divisions',
			'cycles',
			'audit_log',
			'assignments',
			'parts',
			'evidence',
			'comments',
			'readiness_snapshots',
			'signoffs',
			'api_tokens'
		]) {
			const [row] = await tx.query<{ s: string }>(
				`select coalesce(jsonb_agg(to_jsonb(t) order by to_jsonb(t)::text), '[]')::text as s
				from ${ident(table)} t where org_id = $1`,
				[f.orgA]
			);
			parts.push(row.s);
		}
		const [org] = await tx.query<{ s: string }>(
			'select to_jsonb(o)::text as s from organisations o where id = $1',
			[f.orgA]
		);
		const [people] = await tx.query<{ s: string }>(
			`select jsonb_agg(to_jsonb(p) order by p.id)::text as s from profiles p
			where id = any ($1::uuid[])`,
			[f.peopleA]
		);
		return [org.s, people.s, ...parts].join('\n');
	}

	// ---------------------------------------------------------------- catalog checks (R01–R04, R16)

	it('R01: every table in public (and app) has row level security enabled', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, null);
			expect(await list(tx, TABLES_WITHOUT_RLS)).toEqual([]);
			const tables = await count(
				tx,
				`select count(*) as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = 'public' and c.relkind in ('r', 'p')`
			);
			expect(tables).toBeGreaterThanOrEqual(13);
			// The check catches a table created without `enable row level security`.
			await asSuper(tx);
			await tx.exec(
				'create table public.rls_canary (id int); create table app.rls_canary (id int);'
			);
			expect(await list(tx, TABLES_WITHOUT_RLS)).toEqual(['app.rls_canary', 'public.rls_canary']);
		});
	});

	it('R02: no view or materialized view in public without security_invoker', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, null);
			expect(await list(tx, VIEWS_WITHOUT_INVOKER)).toEqual([]);
			await asSuper(tx);
			await tx.exec(`
				create view public.rls_canary_owner as select id from public.organisations;
				create view public.rls_canary_invoker with (security_invoker = true)
					as select id from public.organisations;
				create materialized view public.rls_canary_mat as select id from public.organisations;
			`);
			expect(await list(tx, VIEWS_WITHOUT_INVOKER)).toEqual([
				'public.rls_canary_mat',
				'public.rls_canary_owner'
			]);
		});
	});

	it('R03: no security definer function is callable through the API roles', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, null);
			expect(await list(tx, PUBLIC_DEFINER_FUNCTIONS)).toEqual([]);
			expect(await list(tx, DEFINER_FUNCTIONS_WITHOUT_SEARCH_PATH)).toEqual([]);
			expect(await list(tx, ANON_DEFINER_FUNCTIONS)).toEqual([]);
			// The helpers the policies call are security definer, pinned, and in the private schema.
			const helpers = await list(
				tx,
				`select p.proname as v from pg_proc p join pg_namespace n on n.oid = p.pronamespace
				where n.nspname = 'app' and p.prosecdef order by 1`
			);
			expect(helpers).toEqual(
				expect.arrayContaining(['audit_row', 'has_role', 'member_org_ids', 'keep_a_coordinator'])
			);
			await asSuper(tx);
			await tx.exec(
				`create function public.rls_canary() returns int language sql security definer as 'select 1'`
			);
			expect(await list(tx, PUBLIC_DEFINER_FUNCTIONS)).toEqual(['rls_canary()']);
			expect(await list(tx, DEFINER_FUNCTIONS_WITHOUT_SEARCH_PATH)).toEqual(['rls_canary()']);
		});
	});

	it('functions behind CHECK constraints and defaults are executable by the writing roles', async () => {
		// A CHECK or DEFAULT runs with the privileges of whoever writes the row: a validator without
		// EXECUTE for `authenticated` makes every write to that table fail with 42501.
		await rollback(db, async (tx) => {
			await asUser(tx, null);
			const used = `
				select distinct p.oid::regprocedure::text as v
				from pg_depend d
				join pg_proc p on p.oid = d.refobjid
				left join pg_constraint k on d.classid = 'pg_constraint'::regclass and k.oid = d.objid
				left join pg_attrdef a on d.classid = 'pg_attrdef'::regclass and a.oid = d.objid
				join pg_class t on t.oid = coalesce(k.conrelid, a.adrelid)
				join pg_namespace n on n.oid = t.relnamespace
				where d.refclassid = 'pg_proc'::regclass and n.nspname = 'public'
					and (k.contype = 'c' or a.oid is not null)
					and not (has_function_privilege('authenticated', p.oid, 'EXECUTE')
						and has_function_privilege('service_role', p.oid, 'EXECUTE'))
				order by 1`;
			expect(await list(tx, used)).toEqual([]);
			const validators = await count(
				tx,
				`select count(*) as n from pg_constraint k
				join pg_depend d on d.classid = 'pg_constraint'::regclass and d.objid = k.oid
					and d.refclassid = 'pg_proc'::regclass
				where k.contype = 'c' and k.conrelid in ('public.organisations'::regclass, 'public.divisions'::regclass)`
			);
			expect(validators).toBeGreaterThanOrEqual(2);
			await asSuper(tx);
			await tx.exec(`
				create function app.rls_canary(int) returns boolean language sql immutable as 'select true';
				revoke execute on function app.rls_canary(int) from public;
				create table public.rls_canary (id int check (app.rls_canary(id)));
			`);
			expect(await list(tx, used)).toEqual(['app.rls_canary(integer)']);
		});
	});

	it('R04: no policy reads user_metadata or applies to role public', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, null);
			expect(await list(tx, POLICIES_READING_USER_METADATA)).toEqual([]);
			expect(await list(tx, POLICIES_FOR_PUBLIC)).toEqual([]);
			await asSuper(tx);
			await tx.exec(`
				create table public.rls_canary (id int);
				alter table public.rls_canary enable row level security;
				create policy canary on public.rls_canary for select
					using ((auth.jwt() -> 'user_metadata' ->> 'org') is not null);
			`);
			expect(await list(tx, POLICIES_READING_USER_METADATA)).toEqual(['rls_canary: canary']);
			expect(await list(tx, POLICIES_FOR_PUBLIC)).toEqual(['rls_canary: canary']);
		});
	});

	it('R16: every table with an UPDATE or DELETE policy has a SELECT policy for that role', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, null);
			expect(await list(tx, WRITE_POLICIES_WITHOUT_SELECT)).toEqual([]);
			const writePolicies = await count(
				tx,
				`select count(*) as n from pg_policies where schemaname = 'public' and cmd in ('UPDATE', 'DELETE')`
			);
			expect(writePolicies).toBeGreaterThan(0);
			await asSuper(tx);
			await tx.exec(`
				create table public.rls_canary (id int);
				alter table public.rls_canary enable row level security;
				create policy canary on public.rls_canary for update to authenticated using (true);
			`);
			expect(await list(tx, WRITE_POLICIES_WITHOUT_SELECT)).toEqual([
				'rls_canary UPDATE authenticated'
			]);
		});
	});

	// --------------------------------------------------------------------------- anon (R06)

	it('R06: anon reads nothing but the public checklists, and cannot write', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, null);
			const tables = await list(
				tx,
				`select c.relname as v from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`
			);
			expect(tables).toEqual(expect.arrayContaining(Object.keys(orgARows())));
			for (const t of tables) {
				const seen = await outcome(tx, `select * from ${ident(t)}`);
				if (isCatalogTable(t)) expect(seen, `anon reads ${t}`).not.toBe('0 rows');
				else expect(seen, `anon reads ${t}`).toBeOneOf(['0 rows', '42501']);
			}
			for (const t of ['users', 'app_sessions', 'login_failures']) {
				expect(await sqlState(tx, `select * from auth.${t}`), `anon reads auth.${t}`).toBe('42501');
			}
			const writes: [string, unknown[]][] = [
				[
					`insert into organisations (name, org_type, province) values ('Anon org', 'sao', 'Nan')`,
					[]
				],
				[`insert into divisions (org_id, name) values ($1, 'Anon division')`, [f.orgA]],
				[
					`insert into memberships (org_id, user_id, role) values ($1, $2, 'coordinator')`,
					[f.orgA, f.user.outsider]
				],
				[
					`insert into cycles (org_id, catalog_id, fiscal_year, oit_opens, oit_closes, internal_deadline)
					values ($1, $2, 2566, '2023-04-01', '2023-05-31', '2023-03-31')`,
					[f.orgA, f.catalogNext]
				]
			];
			for (const [sql, params] of writes)
				expect(await sqlState(tx, sql, params), sql).toBe('42501');
			for (const sql of [
				`update organisations set name = 'Anon' where id = $1 returning id`,
				`delete from memberships where org_id = $1 returning id`,
				`update cycles set target = 1 where org_id = $1 returning id`
			]) {
				expect(await outcome(tx, sql, [f.orgA]), sql).toBeOneOf(DENIED);
			}
			// The rows exist: anon's zero counts come from RLS, not from empty tables.
			await asSuper(tx);
			for (const [table, n] of Object.entries(await countOrgA(tx))) {
				expect(n, `org A rows in ${table}`).toBeGreaterThan(0);
			}
		});
	});

	it('shipped editions: anon and members read them; nobody writes them through the API', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, null);
			const tables = (
				await list(
					tx,
					`select c.relname as v from pg_class c join pg_namespace n on n.oid = c.relnamespace
					where n.nspname = 'public' and c.relkind = 'r' order by 1`
				)
			).filter(isCatalogTable);
			expect(tables).toHaveLength(6);
			for (const t of tables) {
				expect(
					await count(tx, `select count(*) as n from ${ident(t)}`),
					`anon reads ${t}`
				).toBeGreaterThan(0);
			}
			for (const who of [f.user.cA, f.user.sA1]) {
				await asUser(tx, who);
				for (const t of tables) {
					const shipped = `select count(*) as n from ${ident(t)} where org_id is null`;
					const before = await count(tx, shipped);
					expect(before, t).toBeGreaterThan(0);
					expect(await sqlState(tx, `insert into ${ident(t)} default values`), `insert ${t}`).toBe(
						'42501'
					);
					expect(await sqlState(tx, `update ${ident(t)} set id = id`), `update ${t}`).toBe('42501');
					const deleted = await tx.query(
						`delete from ${ident(t)} where org_id is null returning 1`
					);
					expect(deleted, `delete ${t}`).toHaveLength(0);
					expect(await count(tx, shipped), t).toBe(before);
				}
				expect(
					await sqlState(
						tx,
						`insert into catalogs (fiscal_year, title_th, title_en, content_hash) values (2599, 'x', 'x', 'x')`
					)
				).toBe('42501');
			}
		});
	});

	// ------------------------------------------------------------------ cross-organisation (R07–R10)

	it('R07: people of org B see none of org A’s rows, without error', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.cA);
			for (const [table, n] of Object.entries(await countOrgA(tx))) {
				expect(n, `cA sees org A ${table}`).toBeGreaterThan(0);
			}
			for (const who of ['cB', 'sB1'] as Persona[]) {
				await asUser(tx, f.user[who]);
				for (const [table, n] of Object.entries(await countOrgA(tx))) {
					expect(n, `${who} sees org A ${table}`).toBe(0);
				}
				expect(await count(tx, 'select count(*) as n from divisions where id = $1', [f.d1])).toBe(
					0
				);
				expect(await count(tx, 'select count(*) as n from cycles where id = $1', [f.cycleA])).toBe(
					0
				);
				expect(
					await count(tx, 'select count(*) as n from profiles where id = $1', [f.user.cA])
				).toBe(0);
				// Their own organisation is visible, so the zeros above are not an empty session.
				expect(
					await count(tx, 'select count(*) as n from organisations where id = $1', [f.orgB])
				).toBe(1);
				expect(
					await count(tx, 'select count(*) as n from profiles where id = $1', [f.user.cB])
				).toBe(1);
			}
		});
	});

	it('R07: every table holding org_id is covered by the cross-organisation checks', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, null);
			const withOrg = await list(
				tx,
				`select c.relname as v from pg_attribute a
				join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attname = 'org_id'
					and not a.attisdropped order by 1`
			);
			expect(withOrg.length).toBeGreaterThan(0);
			expect(Object.keys(orgARows())).toEqual(expect.arrayContaining(withOrg));
		});
	});

	it('R08: people of org B cannot update or delete org A’s rows (0 rows or 42501)', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.cB);
			await asSuper(tx);
			const before = await snapshotOrgA(tx);
			const A = [f.orgA];
			const attacks: [string, unknown[]][] = [
				[`update organisations set name = 'Hacked' where id = $1 returning id`, A],
				[`update organisations set domains = '{evil.example}' where id = $1 returning id`, A],
				[`delete from organisations where id = $1 returning id`, A],
				[`update divisions set name = 'Hacked' where org_id = $1 returning id`, A],
				[`update divisions set archived_at = now() where org_id = $1 returning id`, A],
				[`delete from divisions where org_id = $1 returning id`, A],
				[`update memberships set role = 'viewer' where org_id = $1 returning id`, A],
				[`delete from memberships where org_id = $1 returning id`, A],
				[
					`update membership_divisions set division_id = division_id where org_id = $1 returning org_id`,
					A
				],
				[`delete from membership_divisions where org_id = $1 returning org_id`, A],
				[`update cycles set target = 1 where org_id = $1 returning id`, A],
				[`delete from cycles where org_id = $1 returning id`, A],
				[
					`update profiles set full_name = 'Hacked' where id = any ($1::uuid[]) returning id`,
					[f.peopleA]
				],
				[`delete from profiles where id = any ($1::uuid[]) returning id`, [f.peopleA]],
				[`update audit_log set actor_label = 'Hacked' where org_id = $1 returning id`, A],
				[`delete from audit_log where org_id = $1 returning id`, A],
				[`update assignments set due_date = '2030-01-01' where org_id = $1 returning id`, A],
				[`delete from assignments where org_id = $1 returning id`, A],
				[`update parts set status = 'draft' where org_id = $1 returning id`, A],
				[`update parts set is_lead = false where org_id = $1 returning id`, A],
				[`delete from parts where org_id = $1 returning id`, A],
				[`update evidence set url = 'https://evil.example/' where org_id = $1 returning id`, A],
				[`update evidence set deleted_at = now() where org_id = $1 returning id`, A],
				[`delete from evidence where org_id = $1 returning id`, A],
				[`update comments set body = 'Hacked' where org_id = $1 returning id`, A],
				[`delete from comments where org_id = $1 returning id`, A],
				[`update readiness_snapshots set confirmed_oit = 100 where org_id = $1 returning day`, A],
				[`delete from readiness_snapshots where org_id = $1 returning day`, A],
				[`update signoffs set confirmed_oit = 100 where org_id = $1 returning id`, A],
				[`delete from signoffs where org_id = $1 returning id`, A],
				[`update api_tokens set revoked_at = now() where org_id = $1 returning id`, A],
				[`delete from api_tokens where org_id = $1 returning id`, A]
			];
			for (const who of ['cB', 'sB1'] as Persona[]) {
				await asUser(tx, f.user[who]);
				for (const [sql, params] of attacks) {
					expect(await outcome(tx, sql, params), `${who}: ${sql}`).toBeOneOf(DENIED);
				}
			}
			// cB can edit their own organisation: the policy, not a missing grant, stopped the above.
			await asUser(tx, f.user.cB);
			expect(
				await outcome(tx, `update organisations set name = 'Org B2' where id = $1 returning id`, [
					f.orgB
				])
			).toBe('1 rows');
			await asSuper(tx);
			expect(await snapshotOrgA(tx)).toBe(before);
		});
	});

	it('R09/R10: a coordinator cannot create rows in, or move rows to, another organisation', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.cA);
			const B = f.orgB;
			expect(
				await sqlState(tx, `insert into divisions (org_id, name) values ($1, 'Planted')`, [B])
			).toBe('42501');
			expect(
				await sqlState(
					tx,
					`insert into cycles (org_id, catalog_id, fiscal_year, oit_opens, oit_closes, internal_deadline)
					values ($1, $2, 2566, '2023-04-01', '2023-05-31', '2023-03-31')`,
					[B, f.catalogNext]
				)
			).toBe('42501');
			expect(
				await sqlState(
					tx,
					`insert into memberships (org_id, user_id, role) values ($1, $2, 'coordinator')`,
					[B, f.user.cA]
				)
			).toBe('42501');
			expect(
				await sqlState(
					tx,
					`insert into membership_divisions (org_id, membership_id, division_id) values ($1, $2, $3)`,
					[B, f.membership.cB, f.dB]
				)
			).toBe('42501');
			// Moving rows: org_id is not an updatable column (column privilege).
			expect(await sqlState(tx, `update divisions set org_id = $1 where id = $2`, [B, f.d1])).toBe(
				'42501'
			);
			expect(await sqlState(tx, `update cycles set org_id = $1 where id = $2`, [B, f.cycleA])).toBe(
				'42501'
			);
			expect(
				await sqlState(tx, `update divisions set id = gen_random_uuid() where id = $1`, [f.d1])
			).toBe('42501');
			// A parent in another organisation fails the composite foreign key.
			expect(
				await sqlState(tx, `update divisions set parent_id = $1 where id = $2`, [f.dB, f.d1])
			).toBe('23503');
			// The same statements succeed for cA's own organisation.
			expect(
				await outcome(tx, `insert into divisions (org_id, name) values ($1, 'Own') returning id`, [
					f.orgA
				])
			).toBe('1 rows');
			await asSuper(tx);
			expect(await count(tx, 'select count(*) as n from divisions where org_id = $1', [B])).toBe(1);
		});
	});

	it('R10: no API role may update ownership or identity columns, or insert ids and versions', async () => {
		// Policies do not protect columns: a coordinator of two organisations would pass every WITH
		// CHECK while moving a row between them. Only column privileges stop that.
		await rollback(db, async (tx) => {
			await asUser(tx, null);
			expect(await list(tx, PROTECTED_COLUMN_GRANTS)).toEqual([]);
			await asSuper(tx);
			await tx.exec('grant update (org_id) on public.cycles to authenticated');
			expect(await list(tx, PROTECTED_COLUMN_GRANTS)).toEqual([
				'authenticated UPDATE cycles.org_id'
			]);
		});
	});

	// ------------------------------------------------------------------------- role matrix (R12)

	const writes = (): Record<string, [string, unknown[]]> => ({
		'insert division': [
			`insert into divisions (org_id, name) values ($1, 'New division') returning id`,
			[f.orgA]
		],
		'rename division': [`update divisions set name = 'Renamed' where id = $1 returning id`, [f.d1]],
		'archive division': [
			`update divisions set archived_at = now() where id = $1 returning id`,
			[f.d2]
		],
		'delete division': [`delete from divisions where id = $1 returning id`, [f.d2]],
		'open cycle': [
			`insert into cycles (org_id, catalog_id, fiscal_year, oit_opens, oit_closes, internal_deadline)
			values ($1, $2, 2566, '2023-04-01', '2023-05-31', '2023-03-31') returning id`,
			[f.orgA, f.catalogNext]
		],
		'edit cycle': [`update cycles set target = 90 where id = $1 returning id`, [f.cycleA]],
		'delete cycle': [`delete from cycles where id = $1 returning id`, [f.cycleA]],
		'add member': [
			`insert into memberships (org_id, user_id, role) values ($1, $2, 'viewer') returning id`,
			[f.orgA, f.user.outsider]
		],
		'change role': [
			`update memberships set role = 'executive' where id = $1 returning id`,
			[f.membership.sA2]
		],
		'remove member': [`delete from memberships where id = $1 returning id`, [f.membership.vA]],
		'bind to division': [
			`insert into membership_divisions (org_id, membership_id, division_id) values ($1, $2, $3)
			returning division_id`,
			[f.orgA, f.membership.sA2, f.d1]
		],
		'unbind from division': [
			`delete from membership_divisions where membership_id = $1 returning division_id`,
			[f.membership.sA1]
		],
		'edit organisation': [
			`update organisations set province = 'Phayao' where id = $1 returning id`,
			[f.orgA]
		]
	});

	it.each(['sA1', 'eA', 'vA'] as Persona[])(
		'R12: %s reads org A but cannot insert, update or delete divisions, cycles or memberships',
		async (who) => {
			await rollback(db, async (tx) => {
				await asUser(tx, f.user[who]);
				expect(
					await count(tx, 'select count(*) as n from divisions where org_id = $1', [f.orgA])
				).toBe(2);
				expect(
					await count(tx, 'select count(*) as n from cycles where org_id = $1', [f.orgA])
				).toBe(1);
				expect(
					await count(tx, 'select count(*) as n from memberships where org_id = $1', [f.orgA])
				).toBe(5);
				for (const [name, [sql, params]] of Object.entries(writes())) {
					expect(await outcome(tx, sql, params), `${who}: ${name}`).toBeOneOf(DENIED);
				}
			});
		}
	);

	it('R12: the coordinator cA can do each of those writes (hard deletes excepted)', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.cA);
			const seen: Record<string, string> = {};
			for (const [name, [sql, params]] of Object.entries(writes())) {
				seen[name] = await outcome(tx, sql, params);
			}
			expect(seen).toEqual({
				'insert division': '1 rows',
				'rename division': '1 rows',
				'archive division': '1 rows',
				// Divisions and cycles are archived, never hard-deleted through the API.
				'delete division': '42501',
				'open cycle': '1 rows',
				'edit cycle': '1 rows',
				'delete cycle': '42501',
				'add member': '1 rows',
				'change role': '1 rows',
				'remove member': '1 rows',
				'bind to division': '1 rows',
				'unbind from division': '1 rows',
				'edit organisation': '1 rows'
			});
		});
	});

	// --------------------------------------------------------------- memberships (R13, R14, rules)

	it('R13: a removed member loses access on the next transaction with the same claims', async () => {
		const claimsOf = async (tx: Tx) =>
			(await tx.query<{ c: string }>(`select current_setting('request.jwt.claims', true) as c`))[0]
				.c;
		const asSA1 = () =>
			db.transaction(async (tx) => {
				await asUser(tx, f.user.sA1);
				return { claims: await claimsOf(tx), rows: await countOrgA(tx) };
			});
		const [membership] = await db.query<{ m: unknown }>(
			'select to_jsonb(m) as m from memberships m where id = $1',
			[f.membership.sA1]
		);
		const bindings = await db.query<{ b: unknown }>(
			'select to_jsonb(b) as b from membership_divisions b where membership_id = $1',
			[f.membership.sA1]
		);
		expect(bindings).toHaveLength(1);

		const before = await asSA1();
		// Before: sA1 sees every org A table, except the coordinator-only API tokens.
		const { api_tokens: tokens, ...memberVisible } = before.rows;
		expect(tokens).toBe(0);
		for (const [table, n] of Object.entries(memberVisible)) expect(n, table).toBeGreaterThan(0);
		try {
			const removed = await db.transaction(async (tx) => {
				await asUser(tx, f.user.cA);
				return tx.query('delete from memberships where id = $1 returning id', [f.membership.sA1]);
			});
			expect(removed).toHaveLength(1);

			const after = await asSA1();
			expect(after.claims).toBe(before.claims);
			expect(after.rows).toEqual({
				organisations: 0,
				divisions: 0,
				memberships: 0,
				membership_divisions: 0,
				// sA1 still sees their own profile, and nobody else's.
				profiles: 1,
				cycles: 0,
				audit_log: 0,
				assignments: 0,
				parts: 0,
				evidence: 0,
				comments: 0,
				readiness_snapshots: 0,
				signoffs: 0,
				api_tokens: 0,
				catalogs: 0,
				catalog_indicators: 0,
				catalog_sub_indicators: 0,
				catalog_groups: 0,
				catalog_items: 0,
				catalog_elements: 0,
				// Their own notifications from the organisation they left are hidden too.
				notifications: 0,
				link_checks: 0,
				link_exceptions: 0,
				link_check_runs: 0,
				measures: 0,
				measure_actions: 0,
				measure_action_owners: 0,
				measure_evidence: 0,
				action_plans: 0,
				plan_items: 0,
				plan_budgets: 0,
				plan_targets: 0,
				plan_risks: 0,
				plan_progress: 0
			});
		} finally {
			await asSystem(db, 'test-restore', async (tx) => {
				await tx.query(
					`insert into memberships select * from jsonb_populate_record(null::memberships, $1)
					on conflict (id) do nothing`,
					[membership.m]
				);
				for (const { b } of bindings) {
					await tx.query(
						`insert into membership_divisions
						select * from jsonb_populate_record(null::membership_divisions, $1)
						on conflict do nothing`,
						[b]
					);
				}
			});
		}
		// Restored; the removal (membership and its cascaded binding) and the restore are in the history.
		expect((await asSA1()).rows).toEqual({ ...before.rows, audit_log: before.rows.audit_log + 4 });
	});

	it('R14: a member cannot raise their own role, join another organisation or move a membership', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.sA1);
			expect(
				await outcome(
					tx,
					`update memberships set role = 'coordinator' where user_id = $1 returning id`,
					[f.user.sA1]
				)
			).toBe('0 rows');
			expect(
				await sqlState(
					tx,
					`insert into memberships (org_id, user_id, role) values ($1, $2, 'coordinator')`,
					[f.orgB, f.user.sA1]
				)
			).toBe('42501');
			expect(
				await sqlState(
					tx,
					`insert into memberships (org_id, user_id, role) values ($1, $2, 'coordinator')`,
					[f.orgA, f.user.sA1]
				)
			).toBe('42501');
			expect(
				await sqlState(
					tx,
					`insert into membership_divisions (org_id, membership_id, division_id) values ($1, $2, $3)`,
					[f.orgA, f.membership.sA1, f.d2]
				)
			).toBe('42501');

			await asUser(tx, f.user.cA);
			expect(
				await sqlState(tx, `update memberships set org_id = $1 where id = $2`, [
					f.orgB,
					f.membership.sA1
				])
			).toBe('42501');
			expect(
				await sqlState(tx, `update memberships set user_id = $1 where id = $2`, [
					f.user.outsider,
					f.membership.sA1
				])
			).toBe('42501');
			expect(
				await sqlState(tx, `update memberships set version = 1 where id = $1`, [f.membership.sA1])
			).toBe('42501');

			await asSuper(tx);
			const [sA1] = await tx.query<{ role: string; org_id: string }>(
				'select role, org_id from memberships where id = $1',
				[f.membership.sA1]
			);
			expect(sA1).toEqual({ role: 'contributor', org_id: f.orgA });
		});
	});

	it('an organisation keeps at least one coordinator (23514)', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.cA);
			expect(await sqlState(tx, 'delete from memberships where id = $1', [f.membership.cA])).toBe(
				'23514'
			);
			expect(
				await sqlState(tx, `update memberships set role = 'viewer' where id = $1`, [
					f.membership.cA
				])
			).toBe('23514');
			await asUser(tx, f.user.cB);
			expect(await sqlState(tx, 'delete from memberships where id = $1', [f.membership.cB])).toBe(
				'23514'
			);
			// With a second coordinator appointed, cA may step down.
			await asUser(tx, f.user.cA);
			expect(
				await outcome(
					tx,
					`update memberships set role = 'coordinator' where id = $1 returning id`,
					[f.membership.eA]
				)
			).toBe('1 rows');
			expect(
				await outcome(tx, `update memberships set role = 'viewer' where id = $1 returning id`, [
					f.membership.cA
				])
			).toBe('1 rows');
			// eA is now the only one.
			await asUser(tx, f.user.eA);
			expect(await sqlState(tx, 'delete from memberships where id = $1', [f.membership.eA])).toBe(
				'23514'
			);
		});
	});

	// ------------------------------------------------------------------------- claims (R17)

	it('R17: empty claims read as no user (NULL, not 22P02) and see nothing', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.cA);
			expect(await count(tx, 'select count(*) as n from organisations')).toBe(1);
			for (const claims of ['', '{}', '{"role":"authenticated"}']) {
				await tx.query(`select set_config('request.jwt.claims', $1, true)`, [claims]);
				const [row] = await tx.query<{ uid: string | null }>('select auth.uid() as uid');
				expect(row.uid, `claims ${JSON.stringify(claims)}`).toBeNull();
				expect(await count(tx, 'select count(*) as n from organisations')).toBe(0);
				expect(await count(tx, 'select count(*) as n from divisions')).toBe(0);
				expect(await count(tx, 'select count(*) as n from audit_log')).toBe(0);
			}
		});
		// A new transaction on a reused connection, no claims set: the setting reads '' or NULL.
		await rollback(db, async (tx) => {
			await tx.query('set local role authenticated');
			const [row] = await tx.query<{ c: string | null; uid: string | null; su: boolean }>(
				`select current_setting('request.jwt.claims', true) as c, auth.uid() as uid,
					(select rolsuper or rolbypassrls from pg_roles where rolname = current_user) as su`
			);
			expect(row.su).toBe(false);
			expect(row.c ?? '').toBe('');
			expect(row.uid).toBeNull();
			expect(await count(tx, 'select count(*) as n from organisations')).toBe(0);
		});
	});

	it('R17: on a brand-new session the setting is fully unset and auth.uid() is NULL', async () => {
		// A session that has never set request.jwt.claims: a new connection to the same database on
		// PostgreSQL; a freshly migrated and seeded instance on PGlite (one connection per instance).
		let fresh: Database;
		let close: () => Promise<void>;
		if (target === 'postgres') {
			const [{ d }] = await db.query<{ d: string }>('select current_database() as d');
			const url = new URL(process.env.TEST_DATABASE_URL!);
			url.pathname = '/' + d;
			fresh = openPostgres(url.toString(), 1);
			close = () => fresh.close();
		} else {
			const other = await migratedDatabase('pglite');
			await seedFixtures(other.db);
			fresh = other.db;
			close = other.drop;
		}
		try {
			await rollback(fresh, async (tx) => {
				await tx.query('set local role authenticated');
				const [row] = await tx.query<{ c: string | null; uid: string | null; su: boolean }>(
					`select current_setting('request.jwt.claims', true) as c, auth.uid() as uid,
						(select rolsuper or rolbypassrls from pg_roles where rolname = current_user) as su`
				);
				expect(row).toEqual({ c: null, uid: null, su: false });
				expect(await count(tx, 'select count(*) as n from organisations')).toBe(0);
				expect(await count(tx, 'select count(*) as n from memberships')).toBe(0);
				await asSuper(tx);
				expect(await count(tx, 'select count(*) as n from organisations')).toBeGreaterThanOrEqual(
					2
				);
			});
		} finally {
			await close();
		}
	});

	// ------------------------------------------------------------------ history (D05–D07)

	it.each(['cA', 'sA1'] as Persona[])(
		'D06: %s cannot insert, update, delete or truncate the audit log',
		async (who) => {
			await rollback(db, async (tx) => {
				await asUser(tx, f.user[who]);
				const visible = await count(tx, 'select count(*) as n from audit_log');
				expect(visible).toBeGreaterThan(0);
				expect(await outcome(tx, `update audit_log set actor_label = 'x' returning id`)).toBeOneOf(
					DENIED
				);
				expect(await outcome(tx, `update audit_log set new_data = null returning id`)).toBeOneOf(
					DENIED
				);
				expect(await outcome(tx, 'delete from audit_log returning id')).toBeOneOf(DENIED);
				expect(await sqlState(tx, 'truncate audit_log')).toBe('42501');
				expect(
					await sqlState(
						tx,
						`insert into audit_log (org_id, actor, actor_label, table_name, record_id, op)
						values ($1, $2, 'forged', 'divisions', 'x', 'INSERT')`,
						[f.orgA, f.user[who]]
					)
				).toBe('42501');
				await asSuper(tx);
				expect(
					await count(
						tx,
						`select count(*) as n from audit_log where actor_label in ('x', 'forged')`
					)
				).toBe(0);
				expect(
					await count(tx, 'select count(*) as n from audit_log where org_id = $1', [f.orgA])
				).toBe(visible);
			});
		}
	);

	it('D07: cB reads only org B’s history', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.cB);
			const orgs = await list(tx, 'select distinct org_id::text as v from audit_log');
			expect(orgs).toEqual([f.orgB]);
			await asSuper(tx);
			expect(
				await count(tx, 'select count(*) as n from audit_log where org_id = $1', [f.orgA])
			).toBeGreaterThan(0);
		});
	});

	it('D05: a change by cA is audited with actor, table, op and only the changed fields', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.cA);
			const last = `select org_id, actor, actor_label, table_name, record_id, op, old_data, new_data,
					extract(epoch from now() - at) as age
				from audit_log where table_name = $1 and record_id = $2 and op = $3 order by id`;
			await tx.query(`update divisions set name = 'D1 renamed', position = 7 where id = $1`, [
				f.d1
			]);
			const updates = await tx.query(last, ['divisions', f.d1, 'UPDATE']);
			expect(updates).toHaveLength(1);
			expect(updates[0]).toMatchObject({
				org_id: f.orgA,
				actor: f.user.cA,
				actor_label: f.user.cA,
				table_name: 'divisions',
				record_id: f.d1,
				op: 'UPDATE',
				old_data: { name: 'D1', position: 0 },
				new_data: { name: 'D1 renamed', position: 7 }
			});
			expect(Number(updates[0].age)).toBeLessThan(60);

			// A statement that changes nothing leaves no entry.
			await tx.query(`update divisions set name = 'D1 renamed' where id = $1`, [f.d1]);
			expect(await tx.query(last, ['divisions', f.d1, 'UPDATE'])).toHaveLength(1);

			const [{ id }] = await tx.query<{ id: string }>(
				`insert into divisions (org_id, name) values ($1, 'D3') returning id`,
				[f.orgA]
			);
			const [inserted] = await tx.query(last, ['divisions', id, 'INSERT']);
			expect(inserted).toMatchObject({
				actor: f.user.cA,
				old_data: null,
				new_data: { name: 'D3' }
			});

			await tx.query('delete from memberships where id = $1', [f.membership.vA]);
			const [deleted] = await tx.query(last, ['memberships', f.membership.vA, 'DELETE']);
			expect(deleted).toMatchObject({
				org_id: f.orgA,
				actor: f.user.cA,
				new_data: null,
				old_data: { user_id: f.user.vA, role: 'viewer' }
			});
		});
	});

	it('D05: a system task is audited as system:<task>', async () => {
		const done = new Error('rollback');
		let entry: Row | undefined;
		await asSystem(db, 'seed', async (tx) => {
			await tx.query(`update divisions set name = 'D2 by seed' where id = $1`, [f.d2]);
			[entry] = await tx.query(
				`select actor, actor_label, op, old_data, new_data from audit_log
				where table_name = 'divisions' and record_id = $1 and op = 'UPDATE'`,
				[f.d2]
			);
			throw done;
		}).catch((e) => {
			if (e !== done) throw e;
		});
		expect(entry).toEqual({
			actor: null,
			actor_label: 'system:seed',
			op: 'UPDATE',
			old_data: { name: 'D2' },
			new_data: { name: 'D2 by seed' }
		});
	});

	// --------------------------------------------------------------------- versions (D02)

	it('D02: a stale version matches nothing and every update bumps the version by exactly 1', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.cA);
			const save = `update divisions set name = $1 where id = $2 and version = $3 returning version`;
			expect(await tx.query(save, ['First', f.d1, 1])).toEqual([{ version: 2 }]);
			expect(await tx.query(save, ['Stale', f.d1, 1])).toEqual([]);
			await asSuper(tx);
			const [d1] = await tx.query('select name, version from divisions where id = $1', [f.d1]);
			expect(d1).toEqual({ name: 'First', version: 2 });
			// Even the superuser cannot set a version: the trigger overrides it, on every versioned table.
			const versioned = await list(
				tx,
				`select c.relname as v from pg_attribute a
				join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = 'public' and c.relkind = 'r' and a.attname = 'version' order by 1`
			);
			expect(versioned).toEqual(
				expect.arrayContaining(['cycles', 'divisions', 'memberships', 'organisations', 'profiles'])
			);
			for (const t of versioned) {
				const [row] = await tx.query<{ id: string; version: number }>(
					`select id, version from ${ident(t)} order by id limit 1`
				);
				expect(row, `a row in ${t} (add one to the fixtures)`).toBeDefined();
				for (const v of [row.version + 10, 0, row.version]) {
					const [after] = await tx.query<{ version: number }>(
						`update ${ident(t)} set version = $1 where id = $2 returning version`,
						[v, row.id]
					);
					expect(after.version, `${t} set version = ${v}`).toBe(row.version + 1);
					row.version = after.version;
				}
			}
		});
	});

	// ----------------------------------------------------------------------- constraints

	it('divisions form two levels: a section under a section raises 23514', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.cA);
			const [{ id: section }] = await tx.query<{ id: string }>(
				`insert into divisions (org_id, parent_id, name) values ($1, $2, 'Section 1') returning id`,
				[f.orgA, f.d1]
			);
			expect(
				await sqlState(
					tx,
					`insert into divisions (org_id, parent_id, name) values ($1, $2, 'Too deep')`,
					[f.orgA, section]
				)
			).toBe('23514');
			expect(
				await sqlState(tx, 'update divisions set parent_id = $1 where id = $2', [section, f.d2])
			).toBe('23514');
			// D1 has a section, so it cannot become one.
			expect(
				await sqlState(tx, 'update divisions set parent_id = $1 where id = $2', [f.d2, f.d1])
			).toBe('23514');
			expect(await sqlState(tx, 'update divisions set parent_id = id where id = $1', [f.d2])).toBe(
				'23514'
			);
			expect(
				await outcome(tx, 'update divisions set parent_id = $1 where id = $2 returning id', [
					f.d1,
					f.d2
				])
			).toBe('1 rows');
		});
	});

	it('organisation domains must be bare host names (23514)', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.cA);
			const set = 'update organisations set domains = $1 where id = $2 returning id';
			for (const bad of [
				['http://x'],
				['agency.example/path'],
				['Agency.Example'],
				['localhost'],
				['']
			]) {
				expect(await outcome(tx, set, [bad, f.orgA]), JSON.stringify(bad)).toBe('23514');
			}
			expect(await outcome(tx, set, [['agency.example', 'www.agency.example'], f.orgA])).toBe(
				'1 rows'
			);
			await asSuper(tx);
			expect(
				await sqlState(
					tx,
					`insert into organisations (name, org_type, province, domains) values ('Org C', 'sao', 'Nan', '{http://x}')`
				)
			).toBe('23514');
		});
	});
});
