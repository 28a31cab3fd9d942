// A fingerprint of everything the build is made from, so `npm start` rebuilds only when it changed.
// The build writes it beside its output (scripts/headers-adapter.js); scripts/start.js compares.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = [
	'src',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json',
	'package.json',
	'package-lock.json',
	'scripts/headers-adapter.js'
];

/** Every file under `path`, in a stable order. @param {string} path @returns {string[]} */
function files(path) {
	if (!existsSync(path)) return [];
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path)
		.sort()
		.flatMap((name) => files(join(path, name)));
}

/** The SHA-256 of the names and contents of the build's inputs. */
export function sourceStamp() {
	const hash = createHash('sha256');
	for (const file of INPUTS.flatMap(files)) {
		if (/\.test\.ts$/.test(file)) continue;
		hash.update(file).update('\0').update(readFileSync(file)).update('\0');
	}
	return hash.digest('hex');
}

/** @param {string} out the build folder */
const stampFile = (out) => join(out, '.source-stamp');

/** Records what this build was made from. @param {string} out */
export function writeStamp(out) {
	writeFileSync(stampFile(out), sourceStamp() + '\n');
}

/** Whether `out` holds a build of the sources as they are now. @param {string} out */
export function buildIsCurrent(out) {
	if (!existsSync(join(out, 'handler.js')) || !existsSync(stampFile(out))) return false;
	return readFileSync(stampFile(out), 'utf8').trim() === sourceStamp();
}
