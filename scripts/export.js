#!/usr/bin/env node
// `npm run export -- [--org <id> ...|--all] <file>`: one organisation (or all) with every row
// that belongs to it, its members' accounts (password hashes included) and its own OIT lists, in
// a JSON file with a row count and checksum per table. Reads DATABASE_URL, else the embedded
// database in DATA_DIR (the app stopped). Bring it in with `npm run import -- <file>`.
import { resolve } from 'node:path';
import { loadTs } from './load-ts.js';

const args = process.argv.slice(2);
const orgs = [];
let file = null;
let all = false;
for (let i = 0; i < args.length; i++) {
	if (args[i] === '--org') orgs.push(args[++i]);
	else if (args[i] === '--all') all = true;
	else file = args[i];
}
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
if (!file || (all && orgs.length) || orgs.some((o) => !uuid.test(o ?? ''))) {
	console.error('Usage: npm run export -- [--org <id>|--all] <file>');
	process.exit(1);
}

const { exportToFile, Refusal } = await loadTs('./src/lib/server/transfer/cli.ts');
const started = performance.now();
try {
	const { data, where } = await exportToFile(orgs.length ? orgs : 'all', resolve(file));
	console.log(`From ${where}: ${data.orgs.map((o) => o.name).join(', ') || 'no organisation'}`);
	for (const [table, sum] of Object.entries(data.checksums)) {
		console.log(
			`  ${table.padEnd(32)} ${String(sum.rows).padStart(6)}  ${sum.sha256.slice(0, 16)}`
		);
	}
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`Written to ${resolve(file)} in ${seconds} s.`);
} catch (e) {
	console.error(e instanceof Refusal ? e.message : e);
	process.exitCode = 1;
}
