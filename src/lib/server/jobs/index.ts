import type { Database } from '../db/port';
import type { JobDefinition, Jobs } from './queue';
import { serverConfig } from '../config';

const KEY = Symbol.for('ita.jobs');
type Holder = { [KEY]?: Promise<Jobs> };

/**
 * The process's job queue, started once with the app's jobs and their schedules when `ready`
 * resolves; jobs sent meanwhile wait for it. The queue, the link checker and the mailer are loaded
 * only then, so that they do not slow the app's first page.
 */
export function startAppJobs(
	db: Database,
	ready: Promise<unknown> = Promise.resolve()
): Promise<Jobs> {
	const holder = globalThis as Holder;
	holder[KEY] ??= ready.then(async () => {
		const { startJobs } = await import('./queue');
		return startJobs(db, await appJobs(db));
	});
	return holder[KEY];
}

async function appJobs(db: Database): Promise<JobDefinition[]> {
	const [
		{ createFetcher },
		{ checkEvidence, checkRun },
		{ nightlyLinkChecks, dailySnapshots },
		{ queueReminders },
		{ sendPendingEmail }
	] = await Promise.all([
		import('../linkcheck'),
		import('../link-checks'),
		import('./daily'),
		import('../notify/reminders'),
		import('../notify/mailer')
	]);
	const fetchers = { pages: createFetcher(), heads: createFetcher({ readBodies: false }) };
	return [
		{
			name: 'link-check',
			run: async (data) => void (await checkEvidence(db, fetchers, (data as { ids: string[] }).ids))
		},
		{
			name: 'link-check-run',
			retryLimit: 1,
			run: (data) => checkRun(db, fetchers, (data as { runId: string }).runId)
		},
		// Every night at 01:30 until each round's OIT window closes.
		{
			name: 'link-check-nightly',
			cron: '30 1 * * *',
			run: async () => {
				for (const runId of await nightlyLinkChecks(db)) await enqueue('link-check-run', { runId });
			}
		},
		// Every hour, so a day has its point even when the office PC is off at midnight.
		{ name: 'snapshot-daily', cron: '5 * * * *', run: async () => void (await dailySnapshots(db)) },
		// Every hour too: a day's reminders are recorded once, whenever the PC is on that day.
		{ name: 'reminders', cron: '15 * * * *', run: async () => void (await queueReminders(db)) },
		{
			name: 'email',
			cron: '* * * * *',
			retryLimit: 5,
			run: async () => {
				const cfg = serverConfig();
				await sendPendingEmail(db, {
					smtpUrl: cfg.smtpUrl,
					from: cfg.mailFrom,
					baseUrl: cfg.appUrl
				});
			}
		}
	];
}

/**
 * Puts a job on the queue for after the current request. A queue that cannot take it is logged,
 * never turned into an error for the person whose write has already been saved.
 */
export async function enqueue(name: string, data: object): Promise<void> {
	const started = (globalThis as Holder)[KEY];
	if (!started) return;
	try {
		await (await started).send(name, data);
	} catch (e) {
		console.error(JSON.stringify({ level: 'error', event: 'enqueue', name, message: String(e) }));
	}
}

export async function stopAppJobs(): Promise<void> {
	const holder = globalThis as Holder;
	const started = holder[KEY];
	delete holder[KEY];
	if (started) await (await started).stop();
}
