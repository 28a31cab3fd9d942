import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCatalogs } from '../catalog-loader';
import { FolderInUse } from '../db/folder-lock';
import { migrate } from '../db/migrate';
import { openPglite } from '../db/pglite';
import type { Database } from '../db/port';
import { openPostgres } from '../db/postgres';
import { supabaseSettings } from '../supabase-mode';
import { exportOrgs, type OrgExport } from './export';
import { importOrgs, type ImportResult } from './import';

/** What `npm run export` and `npm run import` refuse, told in one line. */
export class Refusal extends Error {}

/**
 * The database the app would use: DATABASE_URL, else the embedded one in DATA_DIR, which must
 * not be in use (stop the app first). Prepared as the app prepares it at start: migrations, then
 * the shipped OIT lists, so an import finds the lists its rows refer to.
 */
async function openTarget(): Promise<{ db: Database; where: string }> {
	const url = process.env.DATABASE_URL;
	let db: Database;
	let where: string;
	if (url) {
		db = openPostgres(url);
		where = `PostgreSQL ${new URL(url).host}${new URL(url).pathname}`;
	} else {
		const dir = resolve(process.env.DATA_DIR || './data');
		try {
			db = await openPglite(dir);
		} catch (e) {
			if (e instanceof FolderInUse) {
				throw new Refusal(`${e.message} Export and import need the app stopped.`);
			}
			throw e;
		}
		where = `the embedded database in ${dir}`;
	}
	try {
		await migrate(db, {
			migrationsDir: resolve('supabase/migrations'),
			shimDir: supabaseSettings(process.env) ? undefined : resolve('db/shim')
		});
		await loadCatalogs(db);
	} catch (e) {
		await db.close();
		throw e;
	}
	return { db, where };
}

export async function exportToFile(
	orgs: string[] | 'all',
	file: string
): Promise<{ data: OrgExport; where: string }> {
	if (existsSync(file)) throw new Refusal(`${file} already exists; choose a new name.`);
	const { db, where } = await openTarget();
	try {
		const data = await db
			.transaction((tx) => exportOrgs(tx, orgs), { readOnly: true })
			.catch((e) => {
				throw new Refusal(e instanceof Error ? e.message : String(e));
			});
		const temp = `${file}.partial-${process.pid}`;
		writeFileSync(temp, JSON.stringify(data), { mode: 0o600 });
		renameSync(temp, file);
		return { data, where };
	} finally {
		await db.close();
	}
}

export async function importFromFile(
	file: string
): Promise<{ data: OrgExport; result: ImportResult; where: string }> {
	if (!existsSync(file)) throw new Refusal(`${file} does not exist.`);
	const data = JSON.parse(readFileSync(file, 'utf8')) as OrgExport;
	const { db, where } = await openTarget();
	try {
		return { data, result: await importOrgs(db, data), where };
	} catch (e) {
		throw new Refusal(e instanceof Error ? e.message : String(e));
	} finally {
		await db.close();
	}
}
