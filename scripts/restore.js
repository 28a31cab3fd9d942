#!/usr/bin/env node
// `npm run restore -- <backup file> <new folder>`: restores a backup made by `npm run backup`
// into a new or empty folder, then prints its rows per table. Start the app on it with
// DATA_DIR=<new folder>.
import { resolve } from 'node:path';
import { loadTs } from './load-ts.js';

const [file, folder] = process.argv.slice(2);
if (!file || !folder) {
	console.error('Usage: npm run restore -- <backup file> <new folder>');
	process.exit(1);
}

const { restoreFolder, Refusal } = await loadTs('./src/lib/server/backup/cli.ts');
const started = performance.now();
try {
	const counts = await restoreFolder(resolve(file), resolve(folder));
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	for (const [table, n] of Object.entries(counts)) if (n) console.log(`  ${table}: ${n}`);
	const rows = Object.values(counts).reduce((a, b) => a + b, 0);
	console.log(`Restored ${rows} rows into ${resolve(folder)} in ${seconds} s.`);
	console.log(`Start the app on it with DATA_DIR=${resolve(folder)}.`);
} catch (e) {
	console.error(e instanceof Refusal ? e.message : e);
	process.exitCode = 1;
}
