/**
 * The job queue on both databases: a job sent before a restart runs after it, a failing job is
 * retried with growing delays, and on PostgreSQL two app nodes sharing the queue run each job once.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { targets, type Target } from './harness';
import { openPglite } from '../../src/lib/server/db/pglite';
import { openPostgres } from '../../src/lib/server/db/postgres';
import type { Database } from '../../src/lib/server/db/port';
import { startJobs, type Jobs } from '../../src/lib/server/jobs/queue';

/** A database that outlives its connection: a PGlite folder, or a PostgreSQL database. */
async function durableDatabase(target: Target) {
	if (target === 'pglite') {
		const dir = mkdtempSync(join(tmpdir(), 'ita-jobs-'));
		return {
			open: () => openPglite(dir),
			drop: async () => rmSync(dir, { recursive: true, force: true })
		};
	}
	const admin = process.env.TEST_DATABASE_URL!;
	const name = 'jobs_' + randomBytes(6).toString('hex');
	await adminQuery(admin, `create database ${name}`);
	const url = new URL(admin);
	url.pathname = '/' + name;
	return {
		open: async () => openPostgres(url.toString(), 4),
		drop: () => adminQuery(admin, `drop database ${name}`)
	};
}

async function adminQuery(url: string, sql: string) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(sql);
	} finally {
		await client.end();
	}
}

const until = async (done: () => boolean, ms = 15_000) => {
	const end = Date.now() + ms;
	while (!done()) {
		if (Date.now() > end) throw new Error('timed out waiting for the job');
		await new Promise((r) => setTimeout(r, 50));
	}
};

describe.each(targets())('job queue on %s', (target: Target) => {
	const cleanup: (() => Promise<void>)[] = [];
	afterEach(async () => {
		while (cleanup.length) await cleanup.pop()!();
	});

	it('runs after a restart a job that was sent before it', async () => {
		const store = await durableDatabase(target);
		cleanup.push(store.drop);
		const ran: string[] = [];
		const job = {
			name: 'restart-test',
			run: async (d: object) => void ran.push(JSON.stringify(d))
		};

		let db: Database = await store.open();
		// The first node polls once at start, then not for a minute: the job waits in the table.
		let jobs: Jobs = await startJobs(db, [job], { pollingIntervalSeconds: 60 });
		await jobs.send('restart-test', { n: 1 });
		await jobs.stop();
		await db.close();
		expect(ran).toEqual([]);

		db = await store.open();
		jobs = await startJobs(db, [job], { pollingIntervalSeconds: 0.5 });
		cleanup.push(async () => {
			await jobs.stop();
			await db.close();
		});
		await until(() => ran.length === 1);
		expect(ran).toEqual(['{"n":1}']);
	});

	it('retries a failing job with growing delays, then stops', async () => {
		const store = await durableDatabase(target);
		cleanup.push(store.drop);
		const attempts: number[] = [];
		const db = await store.open();
		const jobs = await startJobs(
			db,
			[
				{
					name: 'retry-test',
					retryLimit: 2,
					retryDelaySeconds: 1,
					run: async () => {
						attempts.push(Date.now());
						throw new Error('the site did not answer');
					}
				}
			],
			{ pollingIntervalSeconds: 0.5 }
		);
		cleanup.push(async () => {
			await jobs.stop();
			await db.close();
		});
		await jobs.send('retry-test', {});
		await until(() => attempts.length === 3, 20_000);
		const gaps = [attempts[1] - attempts[0], attempts[2] - attempts[1]];
		expect(gaps[0]).toBeGreaterThanOrEqual(900);
		expect(gaps[1]).toBeGreaterThan(gaps[0]);
		// No fourth attempt after the limit.
		await new Promise((r) => setTimeout(r, 1500));
		expect(attempts).toHaveLength(3);
	}, 30_000);
});

describe.each(targets().filter((t) => t === 'postgres'))(
	'job queue with two nodes on %s',
	(target) => {
		const cleanup: (() => Promise<void>)[] = [];
		afterEach(async () => {
			while (cleanup.length) await cleanup.pop()!();
		});

		it('two app nodes sharing the queue run each job exactly once', async () => {
			const store = await durableDatabase(target);
			cleanup.push(store.drop);
			const runs: string[] = [];
			const job = (node: string) => ({
				name: 'once-test',
				run: async (d: object) => {
					await new Promise((r) => setTimeout(r, 20));
					runs.push(`${node}:${(d as { n: number }).n}`);
				}
			});
			const [dbA, dbB] = [await store.open(), await store.open()];
			const a = await startJobs(dbA, [job('a')], { pollingIntervalSeconds: 0.5 });
			const b = await startJobs(dbB, [job('b')], { pollingIntervalSeconds: 0.5 });
			cleanup.push(async () => {
				await Promise.all([a.stop(), b.stop()]);
				await Promise.all([dbA.close(), dbB.close()]);
			});
			for (let n = 0; n < 12; n++) await (n % 2 ? a : b).send('once-test', { n });
			await until(() => runs.length >= 12);
			await new Promise((r) => setTimeout(r, 1000));
			const numbers = runs.map((r) => Number(r.split(':')[1])).sort((x, y) => x - y);
			expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => i));
		}, 30_000);
	}
);
