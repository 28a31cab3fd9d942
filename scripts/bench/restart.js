// A restart as people do it: `npm start` a second time, sources unchanged (so no build), to the
// first 200 of the login page, beside the floor — the built server alone (scripts/serve.js) on
// the same data folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Starts `command` in its own process group (npm's children die with it). */
function launch(command, args, env) {
	const t0 = performance.now();
	const child = spawn(command, args, {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'ignore', 'inherit'],
		detached: true
	});
	return { child, t0, exited: new Promise((r) => child.once('exit', r)) };
}

async function firstPage(port, { t0 }) {
	for (;;) {
		try {
			const res = await fetch(`http://127.0.0.1:${port}/login`, { redirect: 'manual' });
			if (res.status === 200) return performance.now() - t0;
		} catch {
			/* not listening yet */
		}
		await new Promise((r) => setTimeout(r, 20));
	}
}

/** Whether any process of the group still runs. @param {number} group */
function groupRuns(group) {
	try {
		process.kill(-group, 0);
		return true;
	} catch {
		return false;
	}
}

/** Stops the whole group and waits for its last process: npm exits before the server it started,
 * which still holds the data folder while it closes the database. */
async function stop({ child, exited }) {
	process.kill(-child.pid, 'SIGTERM');
	const timer = setTimeout(() => groupRuns(child.pid) && process.kill(-child.pid, 'SIGKILL'), 8000);
	await exited;
	while (groupRuns(child.pid)) await new Promise((r) => setTimeout(r, 20));
	clearTimeout(timer);
}

/** Prints the restart figures; `port` must be free. */
export async function benchRestart(port) {
	const dataDir = mkdtempSync(join(tmpdir(), 'ita-bench-restart-'));
	const env = { PORT: String(port), DATA_DIR: dataDir, DEMO: '1', ORIGIN: '' };
	try {
		const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
		let run = launch(npm, ['start'], env);
		await firstPage(port, run);
		await stop(run);
		run = launch(npm, ['start'], env);
		const restart = await firstPage(port, run);
		await stop(run);
		run = launch(process.execPath, ['scripts/serve.js'], env);
		const floor = await firstPage(port, run);
		await stop(run);
		console.log('restart to the first 200 of /login (existing data folder, sources unchanged)');
		console.log(`  npm start, second time:        ${restart.toFixed(0)} ms  (goal ≤ 3000 ms)`);
		console.log(`  built server alone (floor):    ${floor.toFixed(0)} ms\n`);
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}
}
