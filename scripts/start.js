#!/usr/bin/env node
// `npm start`: builds the app when there is no build of the current sources (the first start, or
// after an update), then serves it on PORT (default 3000) with the embedded database in DATA_DIR,
// and says which addresses to open.
import { spawnSync } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import { buildIsCurrent } from './build-stamp.js';

if (!buildIsCurrent('build')) {
	console.log('Building the app (first start, or the sources changed): about a minute…');
	const vite = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		stdio: ['ignore', 'pipe', 'pipe'],
		encoding: 'utf8'
	});
	if (vite.status !== 0) {
		console.error(vite.stdout.slice(-4000), vite.stderr.slice(-4000));
		console.error('The build failed; the app was not started.');
		process.exit(1);
	}
}

process.env.PORT ||= '3000';
const port = process.env.PORT;
const host = process.env.HOST || '0.0.0.0';
await (
	await import('./serve.js')
).listening;

/** The addresses a browser can use to reach this server. */
function addresses() {
	if (process.env.ORIGIN) return [[process.env.ORIGIN, '']];
	const local = [`http://localhost:${port}`, '(this PC)'];
	if (host === '127.0.0.1' || host === 'localhost') return [local];
	if (host !== '0.0.0.0' && host !== '::') return [[`http://${host}:${port}`, '']];
	const lan = Object.values(networkInterfaces())
		.flat()
		.filter((i) => i && i.family === 'IPv4' && !i.internal)
		.map((i) => [`http://${i?.address}:${port}`, '(other PCs on the network)']);
	return [local, ...lan];
}

/** Whether the first visit lands on set-up (no organisation yet, and no demo). */
async function opensSetup() {
	const at = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
	try {
		const res = await fetch(`http://${at}:${port}/login`, { redirect: 'manual' });
		return res.headers.get('location') === '/setup';
	} catch {
		return false;
	}
}

const list = addresses();
const width = Math.max(...list.map(([url]) => url.length));
console.log('\nITA readiness is running. Open it in a browser at:');
for (const [url, note] of list) console.log(`  ${url.padEnd(width)}  ${note}`.trimEnd());
if (process.env.ORIGIN) {
	console.log('  (ORIGIN is set: forms sent from any other address are refused)');
}
if (await opensSetup()) {
	console.log('\nThe first visit opens set-up: create your organisation and its coordinator.');
}
console.log('\nStop with Ctrl+C.');
