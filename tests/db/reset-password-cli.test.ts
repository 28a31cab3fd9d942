/**
 * `npm run reset-password -- <email>` (issue 9): on a stopped app's data folder it prints a
 * temporary password that works, must be changed at sign-in, and ends the person's sessions;
 * while the app holds the folder it refuses and says to stop the app; on DATABASE_URL it works
 * the same. Spawns the script as the person at the server would.
 */
import { describe, it, expect } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite } from '../../src/lib/server/db/pglite';
import { openPostgres } from '../../src/lib/server/db/postgres';
import { migrate } from '../../src/lib/server/db/migrate';
import type { Database } from '../../src/lib/server/db/port';
import { asSystem } from '../../src/lib/server/db/with-user';
import { createAccount } from '../../src/lib/server/auth/accounts';
import { verifyPassword } from '../../src/lib/server/auth/passwords';
import { MIGRATIONS } from './harness';

const EMAIL = 'only.coordinator@example.org';

function run(env: Record<string, string>, ...args: string[]) {
	return new Promise<{ code: number; out: string; err: string }>((done) => {
		execFile(
			process.execPath,
			['scripts/reset-password.js', ...args],
			{ env: { ...process.env, ...env }, encoding: 'utf8' },
			(error, out, err) => done({ code: error ? Number(error.code ?? 1) : 0, out, err })
		);
	});
}

/** One account with two open sessions, as a forgotten coordinator's would be. */
async function seed(db: Database): Promise<string> {
	await migrate(db, MIGRATIONS);
	return asSystem(db, 'test', async (tx) => {
		const id = await createAccount(tx, {
			email: EMAIL,
			password: 'forgotten-1',
			fullName: 'ผู้ประสานงาน'
		});
		await tx.query(
			`insert into auth.app_sessions (token_hash, user_id, expires_at)
			 values ('a', $1, now() + interval '1 hour'), ('b', $1, now() + interval '1 hour')`,
			[id]
		);
		return id;
	});
}

async function expectReset(db: Database, id: string, out: string) {
	const temporary = /: ([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})$/m.exec(out)?.[1];
	expect(temporary, out).toBeTruthy();
	const [row] = await db.query<{ encrypted_password: string; marked: boolean; sessions: number }>(
		`select encrypted_password,
			exists (select 1 from public.temporary_passwords t where t.user_id = u.id) as marked,
			(select count(*)::int from auth.app_sessions s where s.user_id = u.id) as sessions
		 from auth.users u where id = $1`,
		[id]
	);
	expect(await verifyPassword(temporary!, row.encrypted_password)).toBe(true);
	expect(row.marked).toBe(true);
	expect(row.sessions).toBe(0);
}

describe('reset-password from the command line', () => {
	it('refuses while the app holds the data folder, then resets once it is stopped', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'ita-reset-'));
		try {
			let db = await openPglite(dir);
			const id = await seed(db);
			const busy = await run({ DATA_DIR: dir }, EMAIL);
			expect(busy.code).toBe(1);
			expect(busy.err).toMatch(/in use by process \d+/);
			expect(busy.err).toContain('Stop the app first');
			await db.close();

			const unknown = await run({ DATA_DIR: dir }, 'nobody@example.org');
			expect(unknown.code).toBe(1);
			expect(unknown.err).toContain('No account has the e-mail nobody@example.org');

			const done = await run({ DATA_DIR: dir }, EMAIL.toUpperCase());
			expect(done.code, done.err).toBe(0);
			db = await openPglite(dir);
			try {
				await expectReset(db, id, done.out);
			} finally {
				await db.close();
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 180_000);

	it.runIf(process.env.TEST_DATABASE_URL)(
		'works on DATABASE_URL',
		async () => {
			const admin = process.env.TEST_DATABASE_URL!;
			const name = 't_' + randomBytes(6).toString('hex');
			const sql = async (text: string) => {
				const client = new pg.Client({ connectionString: admin });
				await client.connect();
				await client.query(text).finally(() => client.end());
			};
			await sql(`create database ${name}`);
			const url = new URL(admin);
			url.pathname = '/' + name;
			const db = openPostgres(url.toString(), 2);
			try {
				const id = await seed(db);
				const done = await run({ DATABASE_URL: url.toString() }, EMAIL);
				expect(done.code, done.err).toBe(0);
				await expectReset(db, id, done.out);
			} finally {
				await db.close();
				await sql(`drop database ${name}`);
			}
		},
		180_000
	);

	it('asks for exactly one e-mail', async () => {
		const none = await run({});
		expect(none.code).toBe(2);
		expect(none.err).toContain('Usage: npm run reset-password -- <email>');
	});
});
