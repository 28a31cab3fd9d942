import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { migrate } from '../../src/lib/server/db/migrate';
import { MIGRATIONS, migratedDatabase, targets, type Target } from './harness';
import type { Database } from '../../src/lib/server/db/port';

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
});
