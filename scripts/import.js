#!/usr/bin/env node
// `npm run import -- <file>`: brings an export made by `npm run export` into DATABASE_URL, else
// the embedded database in DATA_DIR (the app stopped), in one transaction; checks every table's
// rows and checksum afterwards and refuses an organisation the database already holds.
import { resolve } from 'node:path';
import { loadTs } from './load-ts.js';

const [file] = process.argv.slice(2);
if (!file) {
	console.error('Usage: npm run import -- <file>');
	process.exit(1);
}

const { importFromFile, Refusal } = await loadTs('./src/lib/server/transfer/cli.ts');
const started = performance.now();
try {
	const { data, result, where } = await importFromFile(resolve(file));
	console.log(`Into ${where}: ${data.orgs.map((o) => o.name).join(', ')}`);
	for (const [table, sum] of Object.entries(data.checksums)) {
		console.log(
			`  ${table.padEnd(32)} ${String(result.rows[table]).padStart(6)}  ${sum.sha256.slice(0, 16)}`
		);
	}
	console.log('Every table has the rows and checksum of the export.');
	if (result.withoutRls.length)
		console.log(`Row-level security is OFF on: ${result.withoutRls.join(', ')}`);
	else console.log('Row-level security is on for every table of the organisation.');
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`Imported in ${seconds} s.`);
} catch (e) {
	console.error(e instanceof Refusal ? e.message : e);
	process.exitCode = 1;
}
