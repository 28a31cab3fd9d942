#!/usr/bin/env node
// Runs a command with TEST_DATABASE_URL pointing at a throwaway PostgreSQL cluster that this script
// creates, starts and removes. Needs the PostgreSQL server binaries (Debian: postgresql).
// Usage: node scripts/with-postgres.js <command> [args…]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
	console.error('usage: with-postgres.js <command> [args…]');
	process.exit(2);
}
if (process.env.TEST_DATABASE_URL) process.exit(run(cmd, args));

const bin = findBin();
const dir = mkdtempSync(join(tmpdir(), 'pgtest-'));
const asRoot = process.getuid?.() === 0;
if (asRoot) {
	const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
	const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
	if (ids.status !== 0)
		fail('user "postgres" is missing: install PostgreSQL (apt-get install postgresql)');
	chownSync(dir, Number(ids.stdout), Number(gid.stdout));
}
const data = join(dir, 'data');
const port = await freePort();

pg('initdb', [
	'-D',
	data,
	'-U',
	'postgres',
	'-A',
	'trust',
	'--no-sync',
	'-E',
	'UTF8',
	'--locale=C'
]);
pg('pg_ctl', [
	'-D',
	data,
	'-l',
	join(dir, 'log'),
	'-w',
	'-t',
	'30',
	'start',
	'-o',
	`-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`
]);

let code;
try {
	code = run(cmd, args, { TEST_DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/postgres` });
} finally {
	pg('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
	rmSync(dir, { recursive: true, force: true });
}
process.exit(code);

function run(command, argv, env = {}) {
	const r = spawnSync(command, argv, {
		stdio: 'inherit',
		env: { ...process.env, ...env },
		shell: false
	});
	return r.status ?? 1;
}

function pg(tool, argv) {
	const full = join(bin, tool);
	const r = asRoot
		? spawnSync('runuser', ['-u', 'postgres', '--', full, ...argv], { encoding: 'utf8' })
		: spawnSync(full, argv, { encoding: 'utf8' });
	if (r.status !== 0) fail(`${tool} failed:\n${r.stdout}\n${r.stderr}`);
}

function findBin() {
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root)
		? readdirSync(root)
				.filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
				.sort((a, b) => Number(b) - Number(a))
		: [];
	if (!versions.length) fail('PostgreSQL server binaries not found: apt-get install -y postgresql');
	return join(root, versions[0], 'bin');
}

function freePort() {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port: p } = srv.address();
			srv.close(() => resolve(p));
		});
	});
}

function fail(msg) {
	console.error(`with-postgres: ${msg}`);
	process.exit(1);
}
