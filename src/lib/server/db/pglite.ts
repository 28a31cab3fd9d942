import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database, Row, Tx } from './port';
import { parsers } from './port';
import { lockFolder, unwritable } from './folder-lock';
import { serveBackupRequests } from '../backup/requests';

/**
 * How every PGlite of the app starts. Its default 128 MB of shared buffers are set up on every
 * start, which takes about half a second here; an office's database is read well through 32 MB.
 */
export const pgliteOptions = {
	parsers,
	startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB']
};

/** Opens (creating if needed) the embedded database in `dataDir`, refusing a folder in use. */
export async function openPglite(dataDir: string): Promise<Database> {
	try {
		mkdirSync(dataDir, { recursive: true });
	} catch (e) {
		throw unwritable(dataDir, (e as NodeJS.ErrnoException).code);
	}
	const unlock = lockFolder(dataDir);
	let pg: PGlite;
	try {
		pg = await PGlite.create({ ...pgliteOptions, dataDir: join(dataDir, 'pgdata') });
	} catch (e) {
		unlock();
		throw e;
	}
	// `npm run backup` asks this process for a backup: nobody else may open the folder.
	const stopBackups = serveBackupRequests(pg, dataDir);
	return pgliteDatabase(pg, async () => {
		stopBackups();
		await pg.close();
		unlock();
	});
}

/** An in-memory database, for tests; empty, or a copy of a dumped data folder. */
export async function openMemoryPglite(from?: Blob): Promise<Database> {
	const pg = await PGlite.create({ ...pgliteOptions, loadDataDir: from });
	return pgliteDatabase(pg, () => pg.close());
}

/** The app's Database port over an open PGlite; `close` runs on close. */
export function pgliteDatabase(pg: PGlite, close: () => Promise<void>): Database {
	// Counted after the write is done, never before: a read tagged with a count saw at least that.
	let writes = 0;
	const wrote = <T>(result: T) => {
		writes++;
		return result;
	};
	const query = async <T extends Row>(sql: string, params?: unknown[]) =>
		wrote((await pg.query<T>(sql, params)).rows);
	return {
		kind: 'pglite',
		query,
		writes: () => writes,
		transaction: async (fn, opts) => {
			// PGlite runs in this thread and its queries resolve without returning to the event
			// loop: without a turn here, a request's whole database work is one unbroken chain and
			// the server takes in no other request (not even to queue or refuse it) meanwhile.
			await new Promise((resolve) => setImmediate(resolve));
			const result = await pg.transaction(async (t) => {
				if (opts?.readOnly) await t.query('set transaction read only');
				const tx: Tx = {
					query: async <T extends Row>(sql: string, params?: unknown[]) =>
						(await t.query<T>(sql, params)).rows,
					exec: async (sql) => {
						await t.exec(sql);
					}
				};
				return fn(tx);
			});
			return opts?.readOnly ? result : wrote(result);
		},
		exec: async (sql) => {
			wrote(await pg.exec(sql));
		},
		queueSql: async (text, values) =>
			values?.length
				? { rows: (await pg.query<Row>(text, values)).rows }
				: { rows: (await pg.exec(text)).at(-1)?.rows ?? [] },
		close
	};
}
