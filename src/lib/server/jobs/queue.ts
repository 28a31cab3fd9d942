import PgBoss from 'pg-boss';
import type { Database } from '../db/port';

/**
 * Background work on a durable queue in the app's own database (pg-boss, schema `pgboss`): jobs
 * survive a restart, failed ones are retried with backoff, and on PostgreSQL several app nodes
 * share the queue (each job is fetched by one of them: `for update skip locked`). Schedules are
 * rows of pg-boss's schedule table, in Bangkok time. The same SQL runs on PGlite through the
 * port's `queueSql`.
 */
export interface JobDefinition<T extends object = object> {
	name: string;
	run: (data: T) => Promise<void>;
	/** A cron expression in Bangkok time: the job is sent on that schedule. */
	cron?: string;
	/** Retries after a failure (with exponential backoff from `retryDelaySeconds`). */
	retryLimit?: number;
	retryDelaySeconds?: number;
}

export interface Jobs {
	send(name: string, data: object, options?: { singletonKey?: string }): Promise<string | null>;
	stop(): Promise<void>;
}

export interface QueueOptions {
	/** How often an idle worker asks for work (seconds, at least 0.5). */
	pollingIntervalSeconds?: number;
}

export async function startJobs(
	db: Database,
	definitions: JobDefinition[],
	options: QueueOptions = {}
): Promise<Jobs> {
	const boss = new PgBoss({
		db: { executeSql: (text: string, values?: unknown[]) => db.queueSql(text, values) },
		schema: 'pgboss',
		// Finished jobs are kept a week, then removed by pg-boss's maintenance.
		deleteAfterDays: 7
	});
	boss.on('error', (e: Error) =>
		console.error(JSON.stringify({ level: 'error', event: 'job_queue', message: e.message }))
	);
	await boss.start();
	for (const job of definitions) {
		await ensureQueue(boss, job);
		await boss.work(
			job.name,
			{ pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
			async (batch) => {
				for (const { data } of batch) await job.run(data as object);
			}
		);
		if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: 'Asia/Bangkok' });
	}
	return {
		send: (name, data, opts) => boss.send(name, data, opts ?? {}),
		stop: () => boss.stop({ graceful: true, wait: true, timeout: 3_000 })
	};
}

async function ensureQueue(boss: PgBoss, job: JobDefinition): Promise<void> {
	const policy = {
		name: job.name,
		retryLimit: job.retryLimit ?? 3,
		retryDelay: job.retryDelaySeconds ?? 30,
		retryBackoff: true,
		expireInSeconds: 15 * 60
	};
	if (await boss.getQueue(job.name)) return boss.updateQueue(job.name, policy);
	try {
		await boss.createQueue(job.name, policy);
	} catch (e) {
		// Another node created it between the look and the insert.
		if ((e as { code?: string }).code !== '23505') throw e;
	}
}
