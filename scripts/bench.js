#!/usr/bin/env node
// Benchmarks of the built server on this machine (run `npm run build` first; `npm run bench` does).
// Prints figures; asserts nothing. Each server gets its own throwaway data folder.
// `npm run bench -- --scale national [--orgs N]` runs the PostgreSQL scale benchmark instead
// (scripts/bench/scale.js, on a throwaway PostgreSQL).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, report } from './bench/load.js';
import { benchMatrix } from './bench/matrix.js';
import { benchReadiness } from './bench/readiness.js';
import { benchRollover } from './bench/rollover.js';
import { benchEditionImport, benchRoundDashboards } from './bench/editions.js';
import { benchCapacity } from './bench/capacity.js';
import { benchImportBomb } from './bench/import-bomb.js';
import { benchRestart } from './bench/restart.js';
import { benchLinkcheck } from './bench/linkcheck.js';
import { benchCheckAll } from './bench/check-all.js';

if (process.argv.includes('--scale')) {
	const r = spawnSync(
		process.execPath,
		[
			'scripts/with-postgres.js',
			process.execPath,
			'scripts/bench/scale.js',
			...process.argv.slice(2)
		],
		{ stdio: 'inherit' }
	);
	process.exit(r.status ?? 1);
}

const PORT = Number(process.env.BENCH_PORT) || 4300 + Math.floor(Math.random() * 500);
const base = `http://localhost:${PORT}`;
const dataDir = mkdtempSync(join(tmpdir(), 'ita-bench-'));

function start(env = {}) {
	const t0 = performance.now();
	const child = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, PORT: String(PORT), ORIGIN: base, DATA_DIR: dataDir, ...env },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	return { child, t0 };
}

async function firstOk({ t0 }) {
	for (;;) {
		try {
			const res = await fetch(`${base}/api/v1/health`);
			if (res.status === 200) return performance.now() - t0;
		} catch {
			/* not listening yet */
		}
		await new Promise((r) => setTimeout(r, 20));
	}
}

async function stop({ child }) {
	const exited = new Promise((r) => child.once('exit', r));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
	await exited;
	clearTimeout(timer);
}

try {
	console.log('ITA readiness benchmark (built server, embedded PGlite)\n');
	let server = start({ DEMO: '1' });
	const fresh = await firstOk(server);
	await stop(server);
	server = start({ DEMO: '1' });
	const existing = await firstOk(server);
	console.log('start-up to first 200 of /api/v1/health');
	console.log(`  new data folder (initdb, migrations, catalogue, demo): ${fresh.toFixed(0)} ms`);
	console.log(
		`  existing data folder:                                  ${existing.toFixed(0)} ms  (goal ≤ 2000 ms)\n`
	);

	await benchRestart(PORT + 1);

	const opts = { concurrency: 10, requests: 3000, warmup: 200 };
	console.log(`HTTP latency, concurrency ${opts.concurrency}, ${opts.requests} requests each`);
	report('/api/v1/health (floor)', await measure(`${base}/api/v1/health`, opts));
	report(
		'/api/v1/catalogs/2565 (goal p95 ≤ 10 ms)',
		await measure(`${base}/api/v1/catalogs/2565`, opts)
	);
	const cookie = await benchMatrix(base, {
		email: 'coordinator@demo.example',
		password: 'demo-2565-pass'
	});
	await benchReadiness(base, cookie);
	await benchEditionImport(base, cookie);
	await benchRollover(base, cookie);
	await benchRoundDashboards(base, cookie);
	await benchCapacity(base, cookie);
	await benchImportBomb(base, cookie, server.child.pid);
	await stop(server);
	await benchLinkcheck();
	await benchCheckAll();
} finally {
	rmSync(dataDir, { recursive: true, force: true });
}
