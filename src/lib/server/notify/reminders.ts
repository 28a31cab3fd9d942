/**
 * The daily reminders, recorded as notifications (the bell, then e-mail). Run once a day by the
 * job queue; running again the same day (or after a restart) records nothing new, because every
 * reminder's dedupe key names its day, snapshot or sign-off. "Today" is the round's day in
 * Bangkok (or its frozen date, for the demo), as on every page. Only rounds whose OIT window has
 * not closed remind anyone.
 */
import type { Database, Tx } from '../db/port';
import { asSystem } from '../db/with-user';
import { latestSignoff } from '../signoffs';
import { bangkokDate } from '$lib/domain/fiscal';
import { crossedTarget, dueBucket, remindsToday } from '$lib/domain/reminders';

export interface NewNotification {
	org_id: string;
	user_id: string;
	kind: 'due_digest' | 'review_digest' | 'target_reached' | 'signoff_outdated';
	cycle_id: string;
	params: Record<string, unknown>;
	dedupe_key: string;
}

/** A digest lists at most this many items; the rest are counted. */
const LIST_CAP = 30;

const OPEN_ROUNDS = `open_rounds as (
	select c.id, c.org_id, c.fiscal_year, c.target, coalesce(c.as_of, $1::date) as today
	from public.cycles c where coalesce(c.as_of, $1::date) <= c.oit_closes
)`;

/**
 * Records today's reminders for every open round: to contributors, a digest of their divisions'
 * parts due in 7 days, due tomorrow and overdue; to coordinators, the items waiting for review;
 * to executives, readiness reaching the round's target and a sign-off gone out of date.
 * Returns how many notifications were recorded (0 on a second run the same day).
 */
export function queueReminders(db: Database, now = new Date()): Promise<number> {
	return asSystem(db, 'reminders', (tx) => recordReminders(tx, now));
}

/** queueReminders inside an open transaction with the system's privileges. */
export async function recordReminders(tx: Tx, now = new Date()): Promise<number> {
	const today = bangkokDate(now);
	const rows = [
		...(await dueDigests(tx, today)),
		...(await reviewDigests(tx, today)),
		...(await executiveNews(tx, today))
	];
	return record(tx, rows);
}

/** Inserts the notifications; those already recorded (same dedupe key) are skipped. */
export async function record(tx: Tx, rows: NewNotification[]): Promise<number> {
	if (!rows.length) return 0;
	const inserted = await tx.query(
		`insert into public.notifications (org_id, user_id, kind, cycle_id, params, dedupe_key)
		 select org_id, user_id, kind, cycle_id, params, dedupe_key
		 from jsonb_to_recordset($1::jsonb) as r(org_id uuid, user_id uuid, kind text, cycle_id uuid,
			params jsonb, dedupe_key text)
		 on conflict (dedupe_key) do nothing returning id`,
		[JSON.stringify(rows)]
	);
	return inserted.length;
}

interface DueRow {
	cycle_id: string;
	org_id: string;
	fiscal_year: number;
	today: string;
	user_id: string;
	code: string;
	name_th: string;
	name_en: string;
	division: string;
	due_date: string;
}

async function dueDigests(tx: Tx, today: string): Promise<NewNotification[]> {
	const parts = await tx.query<DueRow & Record<string, unknown>>(
		`with ${OPEN_ROUNDS}
		 select o.id as cycle_id, o.org_id, o.fiscal_year, o.today, m.user_id, i.code, i.name_th,
			i.name_en, d.name as division, a.due_date
		 from open_rounds o
		 join public.assignments a on a.cycle_id = o.id
		 join public.parts p on p.assignment_id = a.id
		 join public.divisions d on d.id = p.division_id
		 join public.catalog_items i on i.id = a.item_id
		 join public.membership_divisions md on md.org_id = p.org_id and md.division_id = p.division_id
		 join public.memberships m on m.id = md.membership_id and m.role = 'contributor'
		 where p.status <> 'approved' and a.due_date <= o.today + 7
		 order by a.due_date, i.position, d.name`,
		[today]
	);
	const byPerson = byRoundAndPerson(parts);
	const out: NewNotification[] = [];
	for (const list of byPerson.values()) {
		const first = list[0];
		if (!list.some((p) => remindsToday(p.due_date, p.today))) continue;
		const items = list
			.map((p) => ({ ...pick(p), due_date: p.due_date, bucket: dueBucket(p.due_date, p.today) }))
			.filter((p) => p.bucket);
		out.push({
			org_id: first.org_id,
			user_id: first.user_id,
			kind: 'due_digest',
			cycle_id: first.cycle_id,
			params: { fiscal_year: first.fiscal_year, day: first.today, ...capped(items) },
			dedupe_key: `due_digest:${first.cycle_id}:${first.user_id}:${first.today}`
		});
	}
	return out;
}

async function reviewDigests(tx: Tx, today: string): Promise<NewNotification[]> {
	const waiting = await tx.query<Omit<DueRow, 'due_date'> & Record<string, unknown>>(
		`with ${OPEN_ROUNDS}
		 select o.id as cycle_id, o.org_id, o.fiscal_year, o.today, m.user_id, i.code, i.name_th,
			i.name_en, d.name as division
		 from open_rounds o
		 join public.assignments a on a.cycle_id = o.id
		 join public.parts p on p.assignment_id = a.id and p.status = 'submitted'
		 join public.divisions d on d.id = p.division_id
		 join public.catalog_items i on i.id = a.item_id
		 join public.memberships m on m.org_id = o.org_id and m.role = 'coordinator'
		 order by p.submitted_at, i.position`,
		[today]
	);
	return [...byRoundAndPerson(waiting).values()].map((list) => {
		const first = list[0];
		return {
			org_id: first.org_id,
			user_id: first.user_id,
			kind: 'review_digest',
			cycle_id: first.cycle_id,
			params: { fiscal_year: first.fiscal_year, day: first.today, ...capped(list.map(pick)) },
			dedupe_key: `review_digest:${first.cycle_id}:${first.user_id}:${first.today}`
		};
	});
}

interface RoundNews {
	cycle_id: string;
	org_id: string;
	fiscal_year: number;
	target: number;
	day: string | null;
	latest: number | null;
	previous: number | null;
	executives: string[];
}

async function executiveNews(tx: Tx, today: string): Promise<NewNotification[]> {
	const rounds = await tx.query<RoundNews & Record<string, unknown>>(
		`with ${OPEN_ROUNDS}
		 select o.id as cycle_id, o.org_id, o.fiscal_year, o.target, s.day, s.confirmed_oit as latest,
			(select s2.confirmed_oit from public.readiness_snapshots s2
			 where s2.cycle_id = o.id and s2.day < s.day order by s2.day desc limit 1) as previous,
			array(select m.user_id from public.memberships m
				where m.org_id = o.org_id and m.role = 'executive' order by m.user_id) as executives
		 from open_rounds o
		 left join lateral (
			select s.day, s.confirmed_oit from public.readiness_snapshots s
			where s.cycle_id = o.id and s.day <= o.today order by s.day desc limit 1
		 ) s on true`,
		[today]
	);
	const out: NewNotification[] = [];
	for (const r of rounds) {
		if (!r.executives.length) continue;
		const each = (kind: NewNotification['kind'], key: string, params: Record<string, unknown>) =>
			r.executives.map((user_id) => ({
				org_id: r.org_id,
				user_id,
				kind,
				cycle_id: r.cycle_id,
				params: { fiscal_year: r.fiscal_year, ...params },
				dedupe_key: `${kind}:${r.cycle_id}:${key}:${user_id}`
			}));
		if (r.day && r.latest !== null && crossedTarget(r.previous, r.latest, r.target))
			out.push(...each('target_reached', r.day, { oit: r.latest, target: r.target, day: r.day }));
		const signoff = await latestSignoff(tx, r.cycle_id);
		if (signoff?.out_of_date)
			out.push(
				...each('signoff_outdated', signoff.id, {
					signed_at: new Date(signoff.signed_at).toISOString(),
					oit: signoff.confirmed_oit
				})
			);
	}
	return out;
}

function pick(p: Pick<DueRow, 'code' | 'name_th' | 'name_en' | 'division'>) {
	return { code: p.code, name_th: p.name_th, name_en: p.name_en, division: p.division };
}

function capped<T>(items: T[]): { items: T[]; more: number } {
	return { items: items.slice(0, LIST_CAP), more: Math.max(0, items.length - LIST_CAP) };
}

/** Rows grouped by round and person, in their order (Map.groupBy needs node 21). */
function byRoundAndPerson<T extends { cycle_id: string; user_id: string }>(rows: T[]) {
	const groups = new Map<string, T[]>();
	for (const row of rows) {
		const key = `${row.cycle_id}:${row.user_id}`;
		groups.set(key, [...(groups.get(key) ?? []), row]);
	}
	return groups;
}
