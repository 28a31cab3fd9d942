import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockFolder } from './folder-lock';

describe('lockFolder', () => {
	const folder = () => mkdtempSync(join(tmpdir(), 'lock-test-'));

	it('refuses a folder held by another live process, naming it', () => {
		const dir = folder();
		writeFileSync(join(dir, 'lock'), String(process.ppid));
		expect(() => lockFolder(dir)).toThrow(`in use by process ${process.ppid}`);
		rmSync(dir, { recursive: true });
	});

	it('takes over a lock left by a process that is gone, and releases it', () => {
		const dir = folder();
		writeFileSync(join(dir, 'lock'), '999999999');
		const unlock = lockFolder(dir);
		expect(readFileSync(join(dir, 'lock'), 'utf8')).toBe(String(process.pid));
		unlock();
		expect(existsSync(join(dir, 'lock'))).toBe(false);
		rmSync(dir, { recursive: true });
	});
});
