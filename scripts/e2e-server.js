#!/usr/bin/env node
// Starts the built server for one end-to-end run on an empty embedded database: DATA_DIR is
// deleted first (PGlite has one folder per process; a leftover from an earlier run would carry
// its organisations over), then build/index.js takes PORT, HOST, DATA_DIR and DEMO from the env.
import dns from 'node:dns';
import { existsSync, rmSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { resolve, sep } from 'node:path';

const dir = resolve(process.env.DATA_DIR ?? '');
if (!process.env.DATA_DIR || !dir.startsWith(resolve(tmpdir()) + sep)) {
	console.error(`e2e-server: DATA_DIR must be a folder under ${tmpdir()} (got "${dir}")`);
	process.exit(2);
}
if (!existsSync('build/handler.js')) {
	console.error('e2e-server: no build found, run `npx vite build` first');
	process.exit(1);
}
rmSync(dir, { recursive: true, force: true });
process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
offline();
await import('./serve.js');

/**
 * The suite contacts no address outside this machine: every name but localhost fails to resolve,
 * as on an office PC without internet, so a link check of a demo URL ends "unresolvable" before
 * a packet leaves.
 */
function offline() {
	const { lookup } = dns;
	const local = (host) => host === 'localhost' || /^[\d.]+$|:/.test(host);
	const refused = (host) =>
		Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), {
			code: 'ENOTFOUND',
			hostname: host
		});
	dns.lookup = (host, options, callback) => {
		const done = typeof options === 'function' ? options : callback;
		if (local(host)) return lookup(host, options, callback);
		process.nextTick(done, refused(host));
	};
	const lookupAsync = dns.promises.lookup;
	dns.promises.lookup = (host, options) =>
		local(host) ? lookupAsync(host, options) : Promise.reject(refused(host));
	syncBuiltinESMExports();
}
