#!/usr/bin/env node
// Starts the built server for one end-to-end run on an empty embedded database: DATA_DIR is
// deleted first (PGlite has one folder per process; a leftover from an earlier run would carry
// its organisations over), then build/index.js takes PORT, HOST, DATA_DIR and DEMO from the env.
import { existsSync, rmSync } from 'node:fs';
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
await import('./serve.js');
