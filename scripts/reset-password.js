#!/usr/bin/env node
// `npm run reset-password -- <email>`: a temporary password for a person who forgot theirs and has
// nobody to reset it in the app (the only coordinator). It is printed once, must be changed at the
// next sign-in, and every session of the person ends. Works on the embedded database in DATA_DIR
// (default ./data) while the app is stopped, or on DATABASE_URL. Loads the app's TypeScript
// modules through Vite, so the rule is the app's own.
import { loadTs as load } from './load-ts.js';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const email = process.argv[2];
if (!email || process.argv.length > 3) {
	console.error('Usage: npm run reset-password -- <email>');
	process.exit(2);
}

const dataDir = resolve(process.env.DATA_DIR || './data');
if (!process.env.DATABASE_URL && !existsSync(join(dataDir, 'pgdata'))) {
	console.error(`No database in ${dataDir}: set DATA_DIR to the app's data folder.`);
	process.exit(1);
}

const { openPglite } = await load('./src/lib/server/db/pglite.ts');
const { openPostgres } = await load('./src/lib/server/db/postgres.ts');
const { migrate } = await load('./src/lib/server/db/migrate.ts');
const { supabaseSettings } = await load('./src/lib/server/supabase-mode.ts');
const { resetForgotten } = await load('./src/lib/server/auth/password-changes.ts');

let db;
try {
	db = process.env.DATABASE_URL
		? openPostgres(process.env.DATABASE_URL)
		: await openPglite(dataDir);
} catch (e) {
	if (!isStartupError(e)) throw e;
	// The app holds the folder: two processes on one embedded database would corrupt it.
	console.error(e.message);
	console.error('Stop the app first, then run this again; start the app again afterwards.');
	process.exit(1);
}

let code = 0;
try {
	await migrate(db, {
		migrationsDir: resolve('supabase/migrations'),
		shimDir: supabaseSettings(process.env) ? undefined : resolve('db/shim')
	});
	const result = await resetForgotten(db, email);
	if (result === 'unknown') {
		console.error(`No account has the e-mail ${email}.`);
		code = 1;
	} else if (result === 'demo') {
		console.error(`${email} is an account of the demo: its published password stays.`);
		code = 1;
	} else {
		console.log(`Temporary password for ${email}: ${result}`);
		console.log('It must be changed at the next sign-in. Every session of this person has ended.');
	}
} finally {
	await db.close();
}
process.exit(code);

/** A folder refused at start (held by the app, not writable), whatever its subclass. Each load has
 * its own copy of the modules, so the class is told by its name along the prototype chain. */
function isStartupError(e) {
	for (let p = e && Object.getPrototypeOf(e); p; p = Object.getPrototypeOf(p)) {
		if (p.constructor?.name === 'StartupError') return true;
	}
	return false;
}
