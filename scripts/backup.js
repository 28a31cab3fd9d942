#!/usr/bin/env node
// `npm run backup [-- <file>]`: a consistent backup of the embedded database in DATA_DIR (default
// ./data) to <file> (default backups/ita-<date>-<time>.tar.gz), while the app runs or not.
// Refuses a file that exists. Restore with `npm run restore -- <file> <new folder>`.
import { resolve } from 'node:path';
import { loadTs } from './load-ts.js';

const dataDir = resolve(process.env.DATA_DIR || './data');
const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
const target = resolve(process.argv[2] || `backups/ita-${stamp}.tar.gz`);

const { backupFolder, Refusal } = await loadTs('./src/lib/server/backup/cli.ts');
try {
	const result = await backupFolder(dataDir, target, (line) => console.log(line));
	const rows = Object.values(result.counts).reduce((a, b) => a + b, 0);
	console.log(`Backup written: ${result.file}`);
	console.log(
		`${(result.bytes / 1e6).toFixed(1)} MB, ${Object.keys(result.counts).length} tables, ` +
			`${rows} rows, in ${(result.ms / 1000).toFixed(1)} s.`
	);
	console.log(`Restore it with: npm run restore -- ${result.file} <new folder>`);
} catch (e) {
	console.error(e instanceof Refusal ? e.message : e);
	process.exitCode = 1;
}
