import type { Database, Tx } from './db/port';
import { asSystem } from './db/with-user';
import type { PeriodRule } from '$lib/domain/period-rule';
import type { LinkCheck } from '$lib/domain/link-verdict';
import { LINK_CHECK_COLUMNS } from './link-check-columns';

/** A round's links and its "check all" runs, as pages show them. */

/** Starts a run of the round as the system (the nightly check); returns its id. */
export async function startSystemRun(db: Database, orgId: string, cycleId: string) {
	const [run] = await asSystem(db, 'linkcheck', (tx) =>
		tx.query<{ id: string }>(
			`insert into public.link_check_runs (org_id, cycle_id, requested_by) values ($1, $2, null)
			 returning id`,
			[orgId, cycleId]
		)
	);
	return run.id;
}

export interface RoundLink {
	evidence_id: string;
	code: string;
	name_th: string;
	name_en: string;
	period_rule: PeriodRule;
	division_name: string;
	url: string;
	link_check: LinkCheck | null;
	accepted: boolean;
}

/** Every live evidence URL of a round with its newest check, in catalogue order. */
export function roundLinks(tx: Tx, cycleId: string): Promise<RoundLink[]> {
	return tx.query<RoundLink & Record<string, unknown>>(
		`select e.id as evidence_id, i.code, i.name_th, i.name_en, i.period_rule,
			d.name as division_name, e.url, ${LINK_CHECK_COLUMNS}
		 from public.evidence e
		 join public.parts p on p.id = e.part_id
		 join public.divisions d on d.id = p.division_id
		 join public.assignments a on a.id = p.assignment_id
		 join public.catalog_items i on i.id = a.item_id
		 where a.cycle_id = $1 and e.kind = 'url' and e.deleted_at is null
		 order by i.position, d.position, e.created_at`,
		[cycleId]
	);
}

export interface RunProgress {
	id: string;
	total: number;
	done: number;
	started_at: string;
	finished_at: string | null;
}

/** The round's newest "check all" run, if any. */
export async function latestRun(tx: Tx, cycleId: string): Promise<RunProgress | null> {
	const [run] = await tx.query<RunProgress & Record<string, unknown>>(
		`select id, total, done, started_at, finished_at from public.link_check_runs
		 where cycle_id = $1 order by started_at desc limit 1`,
		[cycleId]
	);
	return run ?? null;
}

/** A run still working that started within the last half hour: a new "check all" joins it. */
export function stillRunning(run: RunProgress | null, now = new Date()): boolean {
	return Boolean(
		run && !run.finished_at && now.getTime() - new Date(run.started_at).getTime() < 30 * 60_000
	);
}
