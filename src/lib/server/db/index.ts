import { serverConfig } from '../config';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import type { Database } from './port';
import { loadCatalogs } from '../catalog-loader';

export type { Database, Tx, Claims } from './port';

const KEY = Symbol.for('ita.database');
type Holder = { [KEY]?: Promise<Database> };

/**
 * The process's database, opened once: migrations and the catalogue loader run before the first
 * request. Kept on globalThis so Vite's module reloads never open a second PGlite on one folder.
 */
export function database(): Promise<Database> {
	const holder = globalThis as Holder;
	holder[KEY] ??= open();
	return holder[KEY];
}

async function open(): Promise<Database> {
	const cfg = serverConfig();
	// The PostgreSQL client and the demo are loaded only where they are used: a start loads less.
	const db = cfg.databaseUrl
		? (await import('./postgres')).openPostgres(cfg.databaseUrl)
		: await openPglite(cfg.dataDir);
	await migrate(db, { migrationsDir: cfg.migrationsDir, shimDir: cfg.shimDir });
	await loadCatalogs(db);
	if (cfg.demo) await (await import('../demo')).loadDemo(db);
	process.once('sveltekit:shutdown', async () => {
		for (const stop of beforeClose.splice(0)) await stop().catch(() => {});
		await db.close();
	});
	return db;
}

const beforeClose: (() => Promise<void>)[] = [];

/** Work to stop before the database closes at shutdown (the job queue). */
export function stopBeforeClose(stop: () => Promise<void>): void {
	beforeClose.push(stop);
}
