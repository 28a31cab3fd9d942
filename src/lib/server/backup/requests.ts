import type { PGlite } from '@electric-sql/pglite';
import { randomUUID } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { writeBackup, type BackupResult } from './file';

/**
 * Backups of a folder while its process runs. The folder is locked to one process, so a backup
 * command never opens it: it leaves a request in `<data>/backup-requests/` and the process that
 * holds the folder makes the backup between two transactions and leaves the answer beside it.
 * Whoever may write in the data folder may already read the database, so the folder's own
 * permissions are the whole guard; it is created readable by its owner only.
 */
const FOLDER = 'backup-requests';
const POLL_MS = 1000;

type Answer = { ok: true; result: BackupResult } | { ok: false; error: string };

/** Serves backup requests for the database open on `dataDir`; returns the function that stops. */
export function serveBackupRequests(pg: PGlite, dataDir: string): () => void {
	const dir = join(dataDir, FOLDER);
	let busy = false;
	const serve = async () => {
		if (busy || !existsSync(dir)) return;
		busy = true;
		try {
			for (const name of readdirSync(dir).filter((n) => /^[\w-]+\.request$/.test(n))) {
				const id = name.replace(/\.request$/, '');
				await answer(dir, id, await backUp(pg, join(dir, name)));
			}
		} finally {
			busy = false;
		}
	};
	const timer = setInterval(() => void serve().catch(() => {}), POLL_MS);
	timer.unref();
	return () => clearInterval(timer);
}

async function backUp(pg: PGlite, requestFile: string): Promise<Answer> {
	try {
		const { target } = JSON.parse(readFileSync(requestFile, 'utf8')) as { target?: unknown };
		rmSync(requestFile, { force: true });
		if (typeof target !== 'string' || !isAbsolute(target)) {
			return { ok: false, error: 'The request names no absolute file path.' };
		}
		return { ok: true, result: await writeBackup(pg, target) };
	} catch (e) {
		rmSync(requestFile, { force: true });
		return { ok: false, error: e instanceof Error ? e.message : String(e) };
	}
}

async function answer(dir: string, id: string, value: Answer) {
	const temp = join(dir, `${id}.answer-partial`);
	writeFileSync(temp, JSON.stringify(value));
	renameSync(temp, join(dir, `${id}.answer`));
}

/**
 * Asks the process holding `dataDir` for a backup into `target` (an absolute path) and waits for
 * its answer. Throws when none comes within `timeoutMs` (the process stopped meanwhile).
 */
export async function requestBackup(
	dataDir: string,
	target: string,
	timeoutMs = 10 * 60_000
): Promise<BackupResult> {
	const dir = join(dataDir, FOLDER);
	mkdirSync(dir, { recursive: true, mode: 0o700 });
	const id = randomUUID();
	const request = join(dir, `${id}.request`);
	const answerFile = join(dir, `${id}.answer`);
	writeFileSync(join(dir, `${id}.partial`), JSON.stringify({ target }), { mode: 0o600 });
	renameSync(join(dir, `${id}.partial`), request);
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		await new Promise((resolve) => setTimeout(resolve, 200));
		if (!existsSync(answerFile)) continue;
		const value = JSON.parse(readFileSync(answerFile, 'utf8')) as Answer;
		rmSync(answerFile, { force: true });
		if (value.ok) return value.result;
		throw new Error(value.error);
	}
	rmSync(request, { force: true });
	throw new Error(
		`The process holding ${dataDir} did not answer within ${Math.round(timeoutMs / 1000)} s. Is it still running?`
	);
}
