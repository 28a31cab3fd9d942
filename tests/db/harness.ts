/**
 * Shared set-up of the SQL/RLS suites: every suite runs the same tests on PGlite and on a real
 * PostgreSQL server (started by scripts/with-postgres.js, which sets TEST_DATABASE_URL).
 */
import pg from 'pg';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openMemoryPglite, pgliteDatabase, pgliteOptions } from '../../src/lib/server/db/pglite';
import { openPostgres } from '../../src/lib/server/db/postgres';
import { migrate } from '../../src/lib/server/db/migrate';
import type { Claims, Database, Tx } from '../../src/lib/server/db/port';

export type Target = 'pglite' | 'postgres';

export const MIGRATIONS = { migrationsDir: 'supabase/migrations', shimDir: 'db/shim' };

export function targets(): Target[] {
	if (process.env.TEST_DATABASE_URL) return ['pglite', 'postgres'];
	if (process.env.CI || process.env.REQUIRE_POSTGRES) {
		throw new Error('TEST_DATABASE_URL is not set: run the suite through `npm run test:db`.');
	}
	return ['pglite'];
}

/** A fresh, empty database of the given kind; `drop()` removes it. */
export async function freshDatabase(
	target: Target,
	template?: string
): Promise<{ db: Database; drop: () => Promise<void> }> {
	if (target === 'pglite') {
		const db = await openMemoryPglite(template ? new Blob([readFileSync(template)]) : undefined);
		return { db, drop: () => db.close() };
	}
	const admin = process.env.TEST_DATABASE_URL!;
	const name = 't_' + randomBytes(6).toString('hex');
	await adminQuery(admin, `create database ${name}${template ? ` template ${template}` : ''}`);
	const db = openPostgres(databaseUrl(admin, name), 4);
	return {
		db,
		drop: async () => {
			await db.close();
			await adminQuery(admin, `drop database ${name}`);
		}
	};
}

/**
 * A database with every migration applied. Migrating takes seconds, so each kind migrates once and
 * the suites copy the result: PGlite's data folder is dumped to a file each suite loads, and
 * PostgreSQL's migrated database is the template each suite's database is created from. Both are
 * named by a hash of what migrating reads, so a changed migration never meets an old copy. The
 * migration suites themselves start from `freshDatabase`.
 */
export async function migratedDatabase(target: Target) {
	return freshDatabase(target, await template(target));
}

async function template(target: Target): Promise<string> {
	const key = migrationsKey();
	if (target === 'pglite') {
		const file = join(tmpdir(), `ita-migrated-${key}.tar`);
		if (!existsSync(file)) {
			const pg = await PGlite.create(pgliteOptions);
			await migrate(
				pgliteDatabase(pg, () => pg.close()),
				MIGRATIONS
			);
			const dump = await pg.dumpDataDir('none');
			await pg.close();
			const part = `${file}.${process.pid}`;
			writeFileSync(part, Buffer.from(await dump.arrayBuffer()));
			renameSync(part, file);
		}
		return file;
	}
	const admin = process.env.TEST_DATABASE_URL!;
	const name = `tmpl_${key}`;
	if (!(await adminQuery(admin, 'select 1 from pg_database where datname = $1', [name])).length) {
		await adminQuery(admin, `create database ${name}`);
		const db = openPostgres(databaseUrl(admin, name), 1);
		await migrate(db, MIGRATIONS);
		await db.close();
	}
	return name;
}

async function adminQuery(url: string, sql: string, params: unknown[] = []) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query(sql, params)).rows;
	} finally {
		await client.end();
	}
}

function databaseUrl(admin: string, name: string): string {
	const url = new URL(admin);
	url.pathname = '/' + name;
	return url.toString();
}

/** A hash of what migrating reads: the migrations, the shim, the migrator and PGlite's version. */
function migrationsKey(): string {
	const hash = createHash('sha256');
	const files = [MIGRATIONS.migrationsDir, MIGRATIONS.shimDir].flatMap((dir) =>
		readdirSync(dir)
			.sort()
			.map((name) => join(dir, name))
	);
	files.push('src/lib/server/db/migrate.ts', 'node_modules/@electric-sql/pglite/package.json');
	for (const file of files) hash.update(file).update(readFileSync(file));
	return hash.digest('hex').slice(0, 16);
}

/** Rolls back whatever `fn` did: each test leaves the database as it found it. */
export async function rollback(db: Database, fn: (tx: Tx) => Promise<void>): Promise<void> {
	const done = new Error('rollback');
	await db
		.transaction(async (tx) => {
			await fn(tx);
			throw done;
		})
		.catch((e) => {
			if (e !== done) throw e;
		});
}

/**
 * The open transaction as a Database whose `transaction()` runs inside it: the app's functions
 * then see the test's uncommitted rows.
 */
export function inTx(db: Database, tx: Tx): Database {
	return {
		kind: db.kind,
		query: (sql, params) => tx.query(sql, params),
		exec: (sql) => tx.exec(sql),
		transaction: (fn) => fn(tx),
		queueSql: db.queueSql,
		close: async () => {}
	};
}

/**
 * Switches the open transaction to a user, then checks (R05) that RLS actually applies: a test
 * running as a superuser or BYPASSRLS role would pass trivially and prove nothing.
 */
export async function asUser(tx: Tx, userId: string | null): Promise<void> {
	if (userId) {
		const claims: Claims = { sub: userId, role: 'authenticated' };
		await tx.query('set local role authenticated');
		await tx.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims)]);
	} else {
		await tx.query('set local role anon');
	}
	const [guard] = await tx.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
		'select rolsuper, rolbypassrls from pg_roles where rolname = current_user'
	);
	if (guard.rolsuper || guard.rolbypassrls)
		throw new Error('RLS guard: running as a privileged role');
}

/** Back to the connection's own role inside the same transaction (for set-up and checks). */
export async function asSuper(tx: Tx): Promise<void> {
	await tx.query('reset role');
	await tx.query(`select set_config('request.jwt.claims', '', true)`);
}

/** Runs a statement expected to fail; returns the SQLSTATE, or null when it succeeded. */
export async function sqlState(tx: Tx, sql: string, params?: unknown[]): Promise<string | null> {
	await tx.query('savepoint probe');
	try {
		await tx.query(sql, params);
		await tx.query('release savepoint probe');
		return null;
	} catch (e) {
		await tx.query('rollback to savepoint probe');
		return (e as { code?: string }).code ?? 'unknown';
	}
}
