import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './port';

export interface MigrateOptions {
	/** Folder of `supabase/migrations`. */
	migrationsDir: string;
	/** Folder of the local Supabase shim; omitted on a real Supabase project. */
	shimDir?: string;
}

const LOCK_KEY = 740_2565;

/**
 * Applies the shim (idempotent, every start) and then each migration not yet recorded, in file-name
 * order, each in its own transaction with its record. Concurrent starts serialise on an advisory
 * lock. Recorded in Supabase CLI's own table, so a project migrated either way agrees.
 */
export async function migrate(db: Database, opts: MigrateOptions): Promise<string[]> {
	if (opts.shimDir) {
		for (const file of sqlFiles(opts.shimDir)) await db.exec(readFileSync(file, 'utf8'));
	}
	await db.exec(`
		create schema if not exists supabase_migrations;
		create table if not exists supabase_migrations.schema_migrations (version text primary key, name text);
	`);
	// One read tells what is left; each of those is checked again under the lock (another process
	// may be migrating the same database).
	const recorded = new Set(
		(
			await db.query<{ version: string }>(
				'select version from supabase_migrations.schema_migrations'
			)
		).map((r) => r.version)
	);
	const applied: string[] = [];
	for (const file of sqlFiles(opts.migrationsDir)) {
		const name = file
			.split('/')
			.pop()!
			.replace(/\.sql$/, '');
		const [version] = name.split('_');
		if (recorded.has(version)) continue;
		const sql = readFileSync(file, 'utf8');
		const done = await db.transaction(async (tx) => {
			await tx.query('select pg_advisory_xact_lock($1)', [LOCK_KEY]);
			const seen = await tx.query(
				'select 1 from supabase_migrations.schema_migrations where version = $1',
				[version]
			);
			if (seen.length) return false;
			await tx.exec(sql);
			await tx.query(
				'insert into supabase_migrations.schema_migrations (version, name) values ($1, $2)',
				[version, name.slice(version.length + 1)]
			);
			return true;
		});
		if (done) applied.push(name);
	}
	return applied;
}

function sqlFiles(dir: string): string[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.sql'))
		.sort()
		.map((f) => join(dir, f));
}
