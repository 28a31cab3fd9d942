import type { Database, Tx } from './db/port';
import { asSystem } from './db/with-user';
import { expectedYear, type PeriodRule } from '$lib/domain/period-rule';
import type { LinkCheck, YearCheck } from '$lib/domain/link-verdict';
import {
	flaggedHost,
	onDomain,
	runLimited,
	yearShown,
	type FetchResult,
	type Fetcher
} from './linkcheck';

/**
 * What opens the links: `pages` GETs and reads the page where the item's year must be found in
 * it; `heads` asks with HEAD first (GET only when HEAD is refused) where no year is asked for.
 */
export interface LinkFetchers {
	pages: Fetcher;
	heads: Fetcher;
}

/** One fetcher for both kinds of link (tests). */
export const both = (fetcher: Fetcher): LinkFetchers => ({ pages: fetcher, heads: fetcher });

interface Target {
	evidence_id: string;
	org_id: string;
	cycle_id: string;
	url: string;
	domains: string[];
	fiscal_year: number;
	period_rule: PeriodRule;
}

const TARGETS = `select e.id as evidence_id, e.org_id, a.cycle_id, e.url, o.domains, c.fiscal_year,
		i.period_rule
	 from public.evidence e
	 join public.parts p on p.id = e.part_id
	 join public.assignments a on a.id = p.assignment_id
	 join public.cycles c on c.id = a.cycle_id
	 join public.catalog_items i on i.id = a.item_id
	 join public.organisations o on o.id = e.org_id
	 where e.kind = 'url' and e.deleted_at is null`;

function targetsOf(db: Database, where: string, param: unknown): Promise<Target[]> {
	return asSystem(
		db,
		'linkcheck',
		(tx) =>
			tx.query<Target & Record<string, unknown>>(`${TARGETS} and ${where} order by e.created_at`, [
				param
			]),
		{ readOnly: true }
	);
}

/** What a fetch found, as the row stored for the evidence. */
export function findings(target: Target, result: FetchResult): Omit<LinkCheck, 'checked_at'> {
	const host = new URL(target.url).hostname;
	return {
		outcome: result.outcome,
		reason: result.reason ?? null,
		http_status: result.status ?? null,
		final_url:
			result.finalUrl && result.finalUrl !== target.url && result.finalUrl.length <= 2048
				? result.finalUrl
				: null,
		title: result.title?.slice(0, 300) ?? null,
		on_domain: onDomain(target.url, target.domains),
		flagged_host: flaggedHost(host),
		...yearFindings(target, result)
	};
}

function yearFindings(
	target: Target,
	result: FetchResult
): Pick<LinkCheck, 'year_check' | 'years_seen'> {
	const year = expectedYear(target.period_rule, target.fiscal_year);
	const reached = result.outcome === 'live' || result.outcome === 'live_redirected';
	if (year === null || !reached) return { year_check: 'not_applicable', years_seen: [] };
	const shown = yearShown(
		{ url: result.finalUrl ?? target.url, title: result.title ?? '', text: result.text ?? '' },
		year
	);
	let check: YearCheck = shown.found
		? 'found'
		: shown.otherYears.length
			? 'other_year'
			: 'not_found';
	if (check === 'not_found' && result.pdf === 'no_text_layer') check = 'no_text_layer';
	if (check === 'not_found' && result.pdf === 'not_read') check = 'not_read';
	return { year_check: check, years_seen: shown.otherYears };
}

async function store(tx: Tx, target: Target, found: Omit<LinkCheck, 'checked_at'>) {
	await tx.query(
		`insert into public.link_checks (org_id, evidence_id, url, outcome, reason, http_status,
			final_url, title, on_domain, flagged_host, year_check, years_seen)
		 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
		[
			target.org_id,
			target.evidence_id,
			target.url,
			found.outcome,
			found.reason,
			found.http_status,
			found.final_url,
			found.title,
			found.on_domain,
			found.flagged_host,
			found.year_check,
			found.years_seen
		]
	);
}

/**
 * Checks the targets with at most 2 requests per host and 16 in flight. Results are stored as
 * they arrive, a batch per transaction (at most every half second), so a page shows progress
 * without a write per link competing with the pages' reads.
 */
async function checkTargets(
	db: Database,
	fetchers: LinkFetchers,
	targets: Target[],
	runId: string | null
): Promise<{ peakInFlight: number; peakPerHost: number }> {
	const batch = new Batch(db, runId);
	const { peakInFlight, peakPerHost } = await runLimited(
		targets.map((target) => ({
			host: new URL(target.url).hostname,
			run: async () => {
				const year = expectedYear(target.period_rule, target.fiscal_year);
				const fetcher = year === null ? fetchers.heads : fetchers.pages;
				const result = await fetcher.check(target.url, target.domains);
				await batch.add(target, findings(target, result));
			}
		}))
	);
	await batch.flush();
	return { peakInFlight, peakPerHost };
}

/** Findings waiting to be stored, written together. */
class Batch {
	#waiting: [Target, Omit<LinkCheck, 'checked_at'>][] = [];
	#last = Date.now();
	#writing: Promise<void> = Promise.resolve();

	constructor(
		readonly db: Database,
		readonly runId: string | null
	) {}

	add(target: Target, found: Omit<LinkCheck, 'checked_at'>): Promise<void> {
		this.#waiting.push([target, found]);
		return this.#waiting.length >= 32 || Date.now() - this.#last >= 500
			? this.flush()
			: Promise.resolve();
	}

	flush(): Promise<void> {
		const rows = this.#waiting.splice(0);
		this.#last = Date.now();
		// One write at a time, in arrival order.
		this.#writing = this.#writing.then(async () => {
			if (!rows.length) return;
			await asSystem(this.db, 'linkcheck', async (tx) => {
				for (const [target, found] of rows) await store(tx, target, found);
				if (this.runId)
					await tx.query('update public.link_check_runs set done = done + $2 where id = $1', [
						this.runId,
						rows.length
					]);
			});
		});
		return this.#writing;
	}
}

/** Checks the given evidence rows (their current URLs), e.g. just after they were saved. */
export async function checkEvidence(db: Database, fetchers: LinkFetchers, evidenceIds: string[]) {
	const targets = await targetsOf(db, 'e.id = any($1::uuid[])', evidenceIds);
	await checkTargets(db, fetchers, targets, null);
	return targets.length;
}

/** Runs a "check all" of a round: every live evidence URL, with the run's progress kept. */
export async function checkRun(db: Database, fetchers: LinkFetchers, runId: string) {
	const [run] = await db.query<{ cycle_id: string }>(
		'select cycle_id from public.link_check_runs where id = $1 and finished_at is null',
		[runId]
	);
	if (!run) return;
	const targets = await targetsOf(db, 'a.cycle_id = $1', run.cycle_id);
	await asSystem(db, 'linkcheck', (tx) =>
		tx.query('update public.link_check_runs set total = $2, done = 0 where id = $1', [
			runId,
			targets.length
		])
	);
	await checkTargets(db, fetchers, targets, runId);
	await asSystem(db, 'linkcheck', (tx) =>
		tx.query('update public.link_check_runs set finished_at = now() where id = $1', [runId])
	);
}
