import { PGlite } from '@electric-sql/pglite';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FolderInUse, lockFolder } from '../db/folder-lock';
import { openPglite, pgliteOptions } from '../db/pglite';
import { BackupRefused, tableCounts, type BackupResult } from './file';
import { requestBackup } from './requests';

/** What `npm run backup` and `npm run restore` refuse, told in one line. */
export class Refusal extends Error {}

/**
 * Backs up the embedded database in `dataDir` to `target` (absolute), whether the app runs or
 * not: when it runs, the app makes the backup on request; when it does not, this process takes
 * the folder for the time of the backup and answers its own request.
 */
export async function backupFolder(
	dataDir: string,
	target: string,
	say: (line: string) => void = () => {}
): Promise<BackupResult> {
	if (!existsSync(join(dataDir, 'pgdata'))) {
		throw new Refusal(`There is no database in ${dataDir} (set DATA_DIR to the app's folder).`);
	}
	if (existsSync(target)) throw new Refusal(`${target} already exists; choose a new name.`);
	mkdirSync(dirname(target), { recursive: true });
	let db: Awaited<ReturnType<typeof openPglite>> | null = null;
	try {
		if (heldHere(dataDir)) throw new FolderInUse('This process holds the folder.');
		db = await openPglite(dataDir);
		say('The app is not running: this command opens the database for the backup.');
	} catch (e) {
		if (!(e instanceof FolderInUse)) throw e;
		say('The app is running: it makes the backup between two transactions.');
	}
	try {
		return await requestBackup(dataDir, target);
	} catch (e) {
		if (e instanceof BackupRefused) throw new Refusal(e.message);
		throw e;
	} finally {
		await db?.close();
	}
}

/** The folder is open in this very process (the lock lets its holder take it again). */
function heldHere(dataDir: string): boolean {
	try {
		return JSON.parse(readFileSync(join(dataDir, 'lock'), 'utf8')).pid === process.pid;
	} catch {
		return false;
	}
}

/**
 * Restores a backup into `folder`, which must be new or empty, so the app can be started on it
 * with DATA_DIR=folder. Returns the rows per table of the restored database.
 */
export async function restoreFolder(file: string, folder: string): Promise<Record<string, number>> {
	if (!existsSync(file)) throw new Refusal(`${file} does not exist.`);
	if (existsSync(folder) && readdirSync(folder).length) {
		throw new Refusal(`${folder} is not empty: restore into a new or empty folder.`);
	}
	mkdirSync(folder, { recursive: true });
	const unlock = lockFolder(folder);
	const pgdata = join(folder, 'pgdata');
	try {
		const backup = new File([readFileSync(file)], basename(file), { type: 'application/x-gzip' });
		const pg = await PGlite.create({ ...pgliteOptions, dataDir: pgdata, loadDataDir: backup });
		try {
			return await tableCounts((sql) => pg.query(sql));
		} finally {
			await pg.close();
		}
	} catch (e) {
		rmSync(pgdata, { recursive: true, force: true });
		throw e;
	} finally {
		unlock();
	}
}
