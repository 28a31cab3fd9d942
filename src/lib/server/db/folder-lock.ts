import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Refusals at start-up, told in one line (no stack): the folder is taken or not writable. */
export class StartupError extends Error {}

/** The folder is held by another running process (the app, or a backup of it). */
export class FolderInUse extends StartupError {}

interface Holder {
	pid: number;
	/** When the process started (Linux: clock ticks since boot), null where unknown. */
	start: string | null;
	boot: string | null;
}

/**
 * PGlite has no lock of its own: two processes on one data folder corrupt it. Take the folder by
 * creating `<folder>/lock` with what identifies this process — its pid, its start time and the
 * boot — and refuse only while that very process still runs. A pid reused by another process
 * (after a `kill -9` and a reboot, or many processes later) does not match its start time, so a
 * restart never waits for it.
 */
export function lockFolder(dir: string): () => void {
	const file = join(dir, 'lock');
	const me = JSON.stringify(identify(process.pid));
	const unlock = () => {
		if (readFileSync(file, 'utf8') === me) rmSync(file, { force: true });
	};
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			writeFileSync(file, me, { flag: 'wx' });
			return unlock;
		} catch (e) {
			const code = (e as NodeJS.ErrnoException).code;
			if (code !== 'EEXIST') throw unwritable(dir, code);
		}
		const holder = readHolder(file);
		if (holder && holder.pid !== process.pid && isRunning(holder)) {
			throw new FolderInUse(
				`The data folder ${dir} is in use by process ${holder.pid}. Stop that process or set DATA_DIR to another folder.`
			);
		}
		rmSync(file, { force: true });
	}
	throw new StartupError(`The lock of the data folder ${dir} keeps changing: is it shared?`);
}

/** The one-line refusal for a folder this process cannot write. */
export function unwritable(dir: string, code: string | undefined): StartupError {
	return new StartupError(
		`The data folder ${dir} cannot be written (${code ?? 'error'}). Give this user write access to it or set DATA_DIR to another folder.`
	);
}

/** What identifies a running process: its pid, start time and the boot it runs in. */
export function identify(pid: number): Holder {
	return { pid, start: startTime(pid), boot: bootId() };
}

function readHolder(file: string): Holder | null {
	try {
		const text = readFileSync(file, 'utf8').trim();
		// A lock written before start times were recorded holds the pid alone.
		if (/^\d+$/.test(text)) return { pid: Number(text), start: null, boot: null };
		const holder = JSON.parse(text) as Holder;
		return Number.isInteger(holder.pid) && holder.pid > 0 ? holder : null;
	} catch {
		return null;
	}
}

/** The holder still runs: its pid is alive and, where known, started when the lock says. */
function isRunning(holder: Holder): boolean {
	try {
		process.kill(holder.pid, 0);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
	}
	const now = identify(holder.pid);
	if (holder.boot && now.boot && holder.boot !== now.boot) return false;
	return !holder.start || !now.start || holder.start === now.start;
}

function startTime(pid: number): string | null {
	try {
		// Field 22 of /proc/<pid>/stat, counted after the command name in parentheses.
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
	} catch {
		return null;
	}
}

function bootId(): string | null {
	try {
		return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
	} catch {
		return null;
	}
}
