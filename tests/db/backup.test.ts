import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS } from './harness';
import { openPglite } from '../../src/lib/server/db/pglite';
import { migrate } from '../../src/lib/server/db/migrate';
import { loadCatalogs } from '../../src/lib/server/catalog-loader';
import { loadDemo } from '../../src/lib/server/demo';
import { tableCounts } from '../../src/lib/server/backup/file';
import { requestBackup } from '../../src/lib/server/backup/requests';
import { backupFolder, restoreFolder } from '../../src/lib/server/backup/cli';
import type { Database } from '../../src/lib/server/db/port';

// Backups concern the embedded database's folder only: this suite runs on PGlite.
describe('backup and restore of the embedded data folder (D15)', () => {
	const root = mkdtempSync(join(tmpdir(), 'backup-test-'));
	const dataDir = join(root, 'data');
	const target = join(root, 'backups', 'demo.tar.gz');
	let db: Database;
	const orgName = async (d: Database) =>
		(await d.query<{ name: string }>('select name from public.organisations'))[0].name;

	beforeAll(async () => {
		db = await openPglite(dataDir);
		await migrate(db, MIGRATIONS);
		await loadCatalogs(db);
		await loadDemo(db);
	});
	afterAll(async () => {
		await db?.close();
		rmSync(root, { recursive: true, force: true });
	});

	it('backs up while the database is open and a write is under way, restores the same rows', async () => {
		const before = await orgName(db);
		// A transaction that is still open when the backup is asked for: the backup waits for it.
		let inside: () => void;
		const started = new Promise<void>((resolve) => (inside = resolve));
		const writing = db.transaction(async (tx) => {
			await tx.query(`update public.organisations set name = name || ' (1)'`);
			inside();
			await new Promise((resolve) => setTimeout(resolve, 1500));
		});
		await started;
		const result = await backupFolder(dataDir, target);
		await writing;
		expect(result.counts['public.evidence']).toBeGreaterThan(0);
		expect(result.counts).toEqual(await tableCounts((sql) => db.query(sql)));
		// A write after the backup is not in it.
		await db.query(`update public.organisations set name = name || ' (2)'`);
		expect(readdirSync(join(root, 'backups'))).toEqual(['demo.tar.gz']);

		const restored = join(root, 'restored');
		expect(await restoreFolder(target, restored)).toEqual(result.counts);
		const copy = await openPglite(restored);
		try {
			await migrate(copy, MIGRATIONS);
			expect(await tableCounts((sql) => copy.query(sql))).toEqual(result.counts);
			expect(await orgName(copy)).toBe(`${before} (1)`);
		} finally {
			await copy.close();
		}
	});

	it('backs up a folder no process holds by taking it for the time of the backup', async () => {
		const stopped = join(root, 'stopped');
		const own = await openPglite(stopped);
		await own.exec('create table public.probe (n int); insert into public.probe values (1), (2);');
		await own.close();
		const file = join(root, 'stopped.tar.gz');
		const result = await backupFolder(stopped, file);
		expect(result.counts).toEqual({ 'public.probe': 2 });
		// The folder is free again, and the copy holds the rows.
		expect(existsSync(join(stopped, 'lock'))).toBe(false);
		expect(await restoreFolder(file, join(root, 'stopped-copy'))).toEqual({ 'public.probe': 2 });
	});

	it('refuses a backup file that exists and leaves it as it was', async () => {
		const taken = join(root, 'taken.tar.gz');
		writeFileSync(taken, 'not a backup');
		await expect(backupFolder(dataDir, taken)).rejects.toThrow('already exists');
		// Asked directly, the running process refuses too.
		await expect(requestBackup(dataDir, taken)).rejects.toThrow('already exists');
		expect(readdirSync(root).filter((n) => n.startsWith('taken'))).toEqual(['taken.tar.gz']);
	});

	it('refuses to restore into a folder that is not empty, and a file that is not there', async () => {
		const full = join(root, 'full');
		await expect(restoreFolder(target, full)).resolves.toBeTruthy();
		await expect(restoreFolder(target, full)).rejects.toThrow('is not empty');
		await expect(restoreFolder(join(root, 'none.tar.gz'), join(root, 'x'))).rejects.toThrow(
			'does not exist'
		);
		expect(existsSync(join(root, 'x'))).toBe(false);
	});
});
