import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { identify, lockFolder, StartupError } from './folder-lock';

describe('lockFolder', () => {
	const folder = () => mkdtempSync(join(tmpdir(), 'lock-test-'));
	const lockOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'lock'), 'utf8'));

	it('refuses a folder held by another live process, naming it', () => {
		const dir = folder();
		writeFileSync(join(dir, 'lock'), JSON.stringify(identify(process.ppid)));
		expect(() => lockFolder(dir)).toThrow(`in use by process ${process.ppid}`);
		// A lock written before start times were recorded still protects a live holder.
		writeFileSync(join(dir, 'lock'), String(process.ppid));
		expect(() => lockFolder(dir)).toThrow(StartupError);
		rmSync(dir, { recursive: true });
	});

	it('takes over a lock left by a process that is gone, records itself, and releases it', () => {
		const dir = folder();
		writeFileSync(join(dir, 'lock'), '999999999');
		const unlock = lockFolder(dir);
		expect(lockOf(dir)).toEqual(identify(process.pid));
		unlock();
		expect(existsSync(join(dir, 'lock'))).toBe(false);
		rmSync(dir, { recursive: true });
	});

	it('is not fooled by a pid that now belongs to another process', () => {
		const dir = folder();
		// The parent is alive, but it is not the process that wrote this lock: it started later.
		const reused = { ...identify(process.ppid), start: '1' };
		writeFileSync(join(dir, 'lock'), JSON.stringify(reused));
		const unlock = lockFolder(dir);
		expect(lockOf(dir).pid).toBe(process.pid);
		unlock();
		// Nor by a lock from before a reboot.
		writeFileSync(join(dir, 'lock'), JSON.stringify({ ...identify(process.ppid), boot: 'other' }));
		lockFolder(dir)();
		rmSync(dir, { recursive: true });
	});

	it('says in one line that a read-only folder cannot be written', () => {
		let error: unknown;
		try {
			lockFolder('/sys');
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(StartupError);
		expect((error as Error).message).toMatch(/^The data folder \/sys cannot be written \(EACCES\)/);
		expect((error as Error).message).not.toContain('\n');
	});
});
