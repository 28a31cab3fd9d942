/**
 * Link checks end to end on both databases, against a local fixture site (every name resolves to
 * it through the fetcher's test-only resolver, loopback allowance and port): a dead link, an
 * off-domain link, a Google Drive link and last year's document each fail their item with the
 * right reason and lower the confirmed score; addresses inside the network are never contacted;
 * a coordinator's acceptance of an off-site URL lets it pass; the demo carries recorded checks.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { migratedDatabase, targets, asUser, sqlState, type Target } from './harness';
import { loadCatalogs } from '../../src/lib/server/catalog-loader';
import { loadDemo } from '../../src/lib/server/demo';
import { asSystem } from '../../src/lib/server/db/with-user';
import { cycleOfYear, type CycleRef } from '../../src/lib/server/cycle-items';
import { cycleReadiness } from '../../src/lib/server/readiness';
import { both, checkRun } from '../../src/lib/server/link-checks';
import { startSystemRun } from '../../src/lib/server/link-rounds';
import { createFetcher, type Fetcher } from '../../src/lib/server/linkcheck';
import { atRisk } from '../../src/lib/domain/dashboard';
import type { Database } from '../../src/lib/server/db/port';

const hits = new Map<string, number>();

function fixtureSite(): Promise<Server> {
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://fixture').pathname;
		hits.set(path, (hits.get(path) ?? 0) + 1);
		const page = (title: string) => {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(`<html><head><title>${title}</title></head><body>${title}</body></html>`);
		};
		if (path.startsWith('/ita2565/')) return page(`ประกาศ ปีงบประมาณ 2565 (ผลปี 2564)`);
		if (path === '/last-year') return page('แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2564');
		if (path.startsWith('/file/d/')) return page('o22.pdf - Google Drive');
		if (path === '/elsewhere') return page('ประกาศ ปีงบประมาณ 2565');
		res.writeHead(404).end('not here');
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The demo's evidence of these items now points at these URLs. */
const MOVED: Record<string, string> = {
	o18: 'http://www.pyo.go.th/gone',
	o22: 'http://drive.google.com/file/d/1o22/view',
	o25: 'http://www.elsewhere.example/elsewhere',
	o27: 'http://www.pyo.go.th/last-year',
	o30: 'http://127.0.0.1/secret',
	o34: 'http://10.0.0.5/secret'
};

describe.each(targets())('link checks on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let server: Server;
	let fetcher: Fetcher;
	let cycle: CycleRef;
	let coordinator: string;
	let contributor: string;

	const readiness = () => asSystem(db, 'test', (tx) => cycleReadiness(tx, cycle));

	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		await loadCatalogs(db);
		await loadDemo(db);
		server = await fixtureSite();
		const port = (server.address() as AddressInfo).port;
		fetcher = createFetcher({
			allowLoopback: true,
			lookup: async () => [{ address: '127.0.0.1', family: 4 }],
			portFor: () => port,
			connectTimeoutMs: 2000,
			deadlineMs: 5000
		});
		await asSystem(db, 'test', async (tx) => {
			const [org] = await tx.query<{ id: string }>(
				'select id from public.organisations where is_demo'
			);
			cycle = (await cycleOfYear(tx, org.id, 2565))!;
			for (const [code, url] of Object.entries(MOVED)) {
				await tx.query(
					`update public.evidence e set url = $3 from public.parts p, public.assignments a,
						public.catalog_items i
					 where p.id = e.part_id and a.id = p.assignment_id and i.id = a.item_id
						and a.cycle_id = $1 and i.code = $2`,
					[cycle.id, code, url]
				);
			}
			[{ user_id: coordinator }] = await tx.query<{ user_id: string }>(
				`select user_id from public.memberships where org_id = $1 and role = 'coordinator'`,
				[org.id]
			);
			[{ user_id: contributor }] = await tx.query<{ user_id: string }>(
				`select user_id from public.memberships where org_id = $1 and role = 'contributor' limit 1`,
				[org.id]
			);
		});
	});
	afterAll(async () => {
		await fetcher?.close();
		server?.close();
		await drop();
	});

	it('the demo carries its recorded checks: four approved items fail, the accepted one passes', async () => {
		const r = await readiness();
		const problems = Object.fromEntries(
			r.items.filter((i) => i.readiness.failingLinks).map((i) => [i.code, i.readiness.linkProblems])
		);
		expect(problems).toMatchObject({
			o10: ['google_drive'],
			o16: ['dead'],
			o21: ['off_domain'],
			o39: ['other_year']
		});
		const byCode = new Map(r.items.map((i) => [i.code, i]));
		for (const code of ['o10', 'o16', 'o21', 'o39']) {
			expect(byCode.get(code)!.readiness.status).toBe('approved');
			expect(byCode.get(code)!.score.confirmed).toBe(0);
		}
		expect(byCode.get('o29')!.readiness.linksOk).toBe(true);
		expect(byCode.get('o29')!.score.confirmed).toBe(100);
	});

	it('a check of the whole round finds each failure, with progress, and lowers the score', async () => {
		const before = await readiness();
		const runId = await startSystemRun(db, cycle.org_id, cycle.id);
		await checkRun(db, both(fetcher), runId);
		const [run] = await db.query<{ total: number; done: number; finished: boolean }>(
			`select total, done, finished_at is not null as finished from public.link_check_runs
			 where id = $1`,
			[runId]
		);
		const [{ urls }] = await db.query<{ urls: number }>(
			`select count(*)::int as urls from public.evidence e join public.parts p on p.id = e.part_id
			 join public.assignments a on a.id = p.assignment_id
			 where a.cycle_id = $1 and e.kind = 'url' and e.deleted_at is null`,
			[cycle.id]
		);
		expect(run).toEqual({ total: urls, done: urls, finished: true });

		const after = await readiness();
		const failing = Object.fromEntries(
			after.items
				.filter((i) => i.readiness.failingLinks)
				.map((i) => [i.code, i.readiness.linkProblems])
		);
		expect(failing).toEqual({
			o10: ['google_drive'],
			o18: ['dead'],
			o21: ['off_domain'],
			o22: ['google_drive'],
			o25: ['off_domain'],
			o27: ['other_year'],
			o30: ['blocked', 'off_domain'],
			o34: ['blocked', 'off_domain']
		});
		// Previously failing o16 and o39 now pass: their pages answer and show the year.
		const score = (r: typeof after, code: string) => r.items.find((i) => i.code === code)!.score;
		expect(score(after, 'o16').confirmed).toBe(100);
		expect(score(after, 'o18').confirmed).toBe(0);
		expect(score(before, 'o18').confirmed).toBe(100);
		expect(after.confirmed.oit).toBeLessThan(before.confirmed.oit);

		const risks = atRisk(after.items, cycle.as_of!);
		const o27 = risks.find((e) => e.code === 'o27');
		expect(o27?.reasons).toContain('links');
		expect(o27?.linkProblems).toEqual(['other_year']);
	});

	it('never contacts an address inside the network', () => {
		expect(hits.get('/secret') ?? 0).toBe(0);
	});

	it('stores what it found, never the body', async () => {
		const rows = await db.query<{ outcome: string; http_status: number; title: string | null }>(
			`select lc.outcome, lc.http_status, lc.title from public.link_checks lc
			 where lc.url = $1 order by lc.checked_at desc limit 1`,
			[MOVED.o18]
		);
		expect(rows).toEqual([{ outcome: 'dead', http_status: 404, title: null }]);
	});

	it('a coordinator accepts an off-site URL with a reason; a contributor cannot', async () => {
		await db.transaction(async (tx) => {
			await asUser(tx, contributor);
			expect(
				await sqlState(
					tx,
					`insert into public.link_exceptions (org_id, url, reason) values ($1, $2, $3)`,
					[cycle.org_id, MOVED.o25, 'ระบบกลางของรัฐ']
				)
			).toBe('42501');
			await asUser(tx, coordinator);
			await tx.query(
				`insert into public.link_exceptions (org_id, url, reason) values ($1, $2, $3)`,
				[cycle.org_id, MOVED.o25, 'ระบบบริการกลางของรัฐ']
			);
		});
		const r = await readiness();
		const o25 = r.items.find((i) => i.code === 'o25')!;
		expect(o25.readiness.linksOk).toBe(true);
		expect(o25.score.confirmed).toBe(100);
	});

	it('members read their own checks only; nobody writes them through the API', async () => {
		await db.transaction(async (tx) => {
			await asUser(tx, contributor);
			const [{ n }] = await tx.query<{ n: number }>(
				'select count(*)::int as n from public.link_checks'
			);
			expect(n).toBeGreaterThan(0);
			expect(await sqlState(tx, `update public.link_checks set outcome = 'live'`)).toBe('42501');
			expect(await sqlState(tx, `delete from public.link_checks`)).toBe('42501');
			await asUser(tx, null);
			const refused = await sqlState(tx, 'select 1 from public.link_checks limit 1');
			if (refused) expect(refused).toBe('42501');
			else {
				const [{ anon }] = await tx.query<{ anon: number }>(
					'select count(*)::int as anon from public.link_checks'
				);
				expect(anon).toBe(0);
			}
		});
	});
});
