import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { migrate } from '../../src/lib/server/db/migrate';
import { MIGRATIONS, migratedDatabase, targets, type Target } from './harness';
import type { Database } from '../../src/lib/server/db/port';
import { TABLES } from '../../src/routes/(app)/history/filter';

describe.each(targets())('migrations on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
	});
	afterAll(() => drop());

	it('D13: applying the migrations a second time is a no-op', async () => {
		expect(await migrate(db, MIGRATIONS)).toEqual([]);
		const rows = await db.query('select version from supabase_migrations.schema_migrations');
		expect(rows.length).toBeGreaterThanOrEqual(5);
	});

	it('D13: the schema has the expected tables', async () => {
		const rows = await db.query<{ t: string }>(
			`select table_name as t from information_schema.tables where table_schema = 'public' order by 1`
		);
		expect(rows.map((r) => r.t)).toEqual(
			expect.arrayContaining([
				'organisations',
				'divisions',
				'memberships',
				'catalog_items',
				'cycles',
				'audit_log'
			])
		);
	});

	it('the change log filter offers every table the log records', async () => {
		const rows = await db.query<{ t: string }>(
			`select distinct c.relname as t from pg_trigger g
			 join pg_class c on c.oid = g.tgrelid join pg_proc p on p.oid = g.tgfoid
			 where p.proname = 'audit_row' and not g.tgisinternal order by 1`
		);
		expect(rows.map((r) => r.t)).toEqual([...TABLES].sort());
	});
});

/**
 * D13: the same migrations give the same schema on PGlite (PostgreSQL 18) and PostgreSQL 15. NOT
 * NULL constraints are left out: PostgreSQL 18 lists them in pg_constraint, 15 does not.
 */
describe('one schema on both databases', () => {
	const shape = async (db: Database) => ({
		columns: await db.query(
			`select table_schema, table_name, column_name, data_type, is_nullable
			 from information_schema.columns where table_schema in ('public', 'app', 'auth')
			 order by 1, 2, 3`
		),
		policies: await db.query(
			`select tablename, policyname, cmd, roles::text, qual, with_check from pg_policies
			 where schemaname = 'public' order by 1, 2`
		),
		constraints: await db.query(
			`select conrelid::regclass::text as tbl, conname, contype from pg_constraint
			 where connamespace = 'public'::regnamespace and contype <> 'n' order by 1, 2`
		),
		functions: await db.query(
			`select n.nspname, p.proname, p.prosecdef from pg_proc p
			 join pg_namespace n on n.oid = p.pronamespace where n.nspname in ('app', 'auth')
			 order by 1, 2`
		)
	});

	it.each(targets().filter((t) => t === 'postgres'))(
		'PGlite and %s agree on columns, policies, constraints and functions',
		async (target) => {
			const lite = await migratedDatabase('pglite');
			const other = await migratedDatabase(target);
			try {
				const [a, b] = [await shape(lite.db), await shape(other.db)];
				expect(a.columns.length).toBeGreaterThan(100);
				expect(b).toEqual(a);
			} finally {
				await lite.drop();
				await other.drop();
			}
		}
	);
});
