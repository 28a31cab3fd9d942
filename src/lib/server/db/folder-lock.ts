import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite has no lock of its own: two processes on one data folder corrupt it. Take the folder by
 * writing our pid into `<folder>/lock`; refuse while another live process holds it.
 */
export function lockFolder(dir: string): () => void {
	const file = join(dir, 'lock');
	const holder = readHolder(file);
	if (holder && holder !== process.pid && isAlive(holder)) {
		throw new Error(
			`The data folder ${dir} is in use by process ${holder}. Stop that process or set DATA_DIR to another folder.`
		);
	}
	writeFileSync(file, String(process.pid));
	return () => {
		if (readHolder(file) === process.pid) rmSync(file, { force: true });
	};
}

function readHolder(file: string): number | null {
	try {
		const pid = Number(readFileSync(file, 'utf8').trim());
		return Number.isInteger(pid) && pid > 0 ? pid : null;
	} catch {
		return null;
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}
