import type { PGlite } from '@electric-sql/pglite';
import { existsSync, linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';

export interface BackupResult {
	file: string;
	bytes: number;
	ms: number;
	/** Rows per table at the moment of the backup, to compare with the restored copy. */
	counts: Record<string, number>;
}

/** The refusal for a backup file that already exists: a backup never overwrites one. */
export class BackupRefused extends Error {}

/**
 * Writes a consistent backup of the open embedded database to `target` (a .tar.gz of its data
 * folder). It runs as a transaction of its own, so no other transaction is open meanwhile: a
 * checkpoint writes everything to the files, the rows are counted, the folder is packed. The
 * file is written under a temporary name and only then takes its name, so a failed or stopped
 * backup never leaves a half file where a whole one is expected.
 */
export async function writeBackup(pg: PGlite, target: string): Promise<BackupResult> {
	if (existsSync(target)) throw new BackupRefused(`${target} already exists; choose a new name.`);
	const started = performance.now();
	const { blob, counts } = await pg.transaction(async (tx) => {
		await tx.exec('checkpoint');
		const counts = await tableCounts((sql) => tx.query(sql));
		return { blob: await pg.dumpDataDir('gzip'), counts };
	});
	const temp = `${target}.partial-${process.pid}`;
	const bytes = Buffer.from(await blob.arrayBuffer());
	try {
		writeFileSync(temp, bytes, { mode: 0o600 });
		placeWithoutOverwrite(temp, target);
	} finally {
		rmSync(temp, { force: true });
	}
	return { file: target, bytes: bytes.length, ms: Math.round(performance.now() - started), counts };
}

/** Gives `temp` the name `target` unless something took that name meanwhile. */
function placeWithoutOverwrite(temp: string, target: string) {
	try {
		linkSync(temp, target);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') throw new BackupRefused(`${target} already exists; choose a new name.`);
		// A file system without hard links: the check just above is the guard.
		if (existsSync(target)) throw new BackupRefused(`${target} already exists.`);
		renameSync(temp, target);
	}
}

type Query = (
	sql: string
) => Promise<{ rows: Record<string, unknown>[] } | Record<string, unknown>[]>;

/** Rows in every table of the app's schemas (public, auth, app), by `schema.table`. */
export async function tableCounts(query: Query): Promise<Record<string, number>> {
	const rowsOf = async (sql: string) => {
		const out = await query(sql);
		return Array.isArray(out) ? out : out.rows;
	};
	const tables = await rowsOf(
		`select table_schema || '.' || table_name as name from information_schema.tables
		 where table_schema in ('public', 'auth', 'app') and table_type = 'BASE TABLE' order by 1`
	);
	const counts: Record<string, number> = {};
	for (const { name } of tables) {
		const [schema, table] = String(name).split('.');
		const [row] = await rowsOf(`select count(*)::int as n from "${schema}"."${table}"`);
		counts[String(name)] = Number(row.n);
	}
	return counts;
}
