import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORTS } from './servers';

/**
 * A built server of a test's own, for checks that need a set-up the four shared servers do not
 * have (an instance behind a proxy, one whose state the test changes). Ports sit above the shared
 * ones: E2E_PORT_BASE + 10 and up.
 */
export interface OwnServer {
	origin: string;
	stop: () => Promise<void>;
}

export async function startServer(offset: number, env: Record<string, string> = {}) {
	const port = PORTS.demo + 10 + offset;
	const origin = `http://localhost:${port}`;
	const child: ChildProcess = spawn(process.execPath, ['scripts/e2e-server.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DATA_DIR: join(tmpdir(), `ita-e2e-own-${port}`),
			...env
		},
		stdio: 'ignore'
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	for (let i = 0; i < 600; i++) {
		const up = await fetch(`${origin}/api/v1/health`).then(
			(r) => r.ok,
			() => false
		);
		if (up) break;
		if (child.exitCode !== null) throw new Error(`server on ${port} exited`);
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		origin,
		stop: async () => {
			child.kill('SIGTERM');
			await exited;
		}
	} satisfies OwnServer;
}

/** A form POST to an own server, never following redirects. */
export function postTo(
	origin: string,
	path: string,
	fields: Record<string, string>,
	headers: Record<string, string> = {}
): Promise<Response> {
	return fetch(origin + path, {
		method: 'POST',
		body: new URLSearchParams(fields).toString(),
		headers: {
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			origin,
			...headers
		},
		redirect: 'manual'
	});
}
