import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORTS } from './servers';

/**
 * The built server started as `node build` (adapter-node's own entry point) rather than through
 * scripts/serve.js as the other specs do: the same security headers on every response, and the
 * data-folder lock (issue 7, items 7 and 8). Each test starts and stops its own server.
 */
const PORT = PORTS.demo + 50;
const ORIGIN = `http://localhost:${PORT}`;

interface Started {
	child: ChildProcess;
	stderr: () => string;
	exited: Promise<number | null>;
}

function start(dataDir: string, user?: { uid: number; gid: number }): Started {
	const child = spawn(process.execPath, ['build'], {
		env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', ORIGIN, DATA_DIR: dataDir },
		stdio: ['ignore', 'ignore', 'pipe'],
		...user
	});
	let stderr = '';
	child.stderr!.on('data', (d) => (stderr += d));
	const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
	return { child, stderr: () => stderr, exited };
}

async function healthy(server: Started): Promise<void> {
	const deadline = Date.now() + 150_000;
	while (Date.now() < deadline && server.child.exitCode === null) {
		try {
			if ((await fetch(`${ORIGIN}/api/v1/health`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`node build did not start: ${server.stderr()}`);
}

async function stop(server: Started): Promise<void> {
	server.child.kill('SIGTERM');
	await server.exited;
}

let dataDir: string;
test.beforeEach(() => {
	dataDir = mkdtempSync(join(tmpdir(), 'ita-node-build-'));
});
test.afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

test('W14 under `node build`: static files, pages, the API and the CSRF 403 carry the headers', async () => {
	test.setTimeout(200_000);
	const server = start(dataDir);
	try {
		await healthy(server);
		const answers = [
			await fetch(`${ORIGIN}/favicon.svg`),
			await fetch(`${ORIGIN}/setup`, { redirect: 'manual' }),
			await fetch(`${ORIGIN}/api/v1/health`),
			await fetch(`${ORIGIN}/login`, {
				method: 'POST',
				body: new URLSearchParams({ email: 'x' }),
				headers: { origin: 'https://evil.example' }
			})
		];
		expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 403]);
		for (const res of answers) {
			expect(res.headers.get('strict-transport-security')).toBe(
				'max-age=31536000; includeSubDomains'
			);
			expect(res.headers.get('x-content-type-options')).toBe('nosniff');
			expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
			expect(res.headers.get('x-frame-options')).toBe('DENY');
		}
	} finally {
		await stop(server);
	}
});

test('the data-folder lock: a reused pid does not hold it, a live server does', async () => {
	test.setTimeout(200_000);
	// The lock names a live process (this test's) that is not the one that wrote it.
	const stale = { pid: process.pid, start: '1', boot: null };
	writeFileSync(join(dataDir, 'lock'), JSON.stringify(stale));
	const first = start(dataDir);
	try {
		await healthy(first);
		expect(JSON.parse(readFileSync(join(dataDir, 'lock'), 'utf8')).pid).toBe(first.child.pid);
		const second = start(dataDir);
		expect(await second.exited).toBe(1);
		expect(second.stderr().trim()).toBe(
			`The data folder ${dataDir} is in use by process ${first.child.pid}. Stop that process or set DATA_DIR to another folder.`
		);
	} finally {
		await stop(first);
	}
});

test('a read-only data folder is refused in one line, without a stack', async () => {
	test.setTimeout(200_000);
	chmodSync(dataDir, 0o555);
	// Root writes anywhere: the server then runs as `nobody`, for whom the folder is read-only.
	const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
	const server = start(dataDir, asNobody);
	expect(await server.exited).toBe(1);
	expect(server.stderr().trim()).toMatch(
		new RegExp(
			`^The data folder ${dataDir} cannot be written \\((EACCES|EROFS|EPERM)\\)\\.[^\\n]*$`
		)
	);
});
