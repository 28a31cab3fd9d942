#!/usr/bin/env node
// The dashboard's readiness while a "check all" works: the demo round with 1,000 extra evidence
// links on 50 hosts of its own domain, served by a local server that answers after 50 ms, checked
// with the app's runner and limits (2 per host, 16 in all) on the embedded database. Prints the
// run's time and the readiness computation's p95 idle and during the run (goal: within 20 %).
// In-process: the database is the shared resource a check-all competes for. Asserts nothing.
// Standalone: `node scripts/bench/check-all.js` (loads the TypeScript modules through Vite).
import { loadTs as load } from '../load-ts.js';

const LINKS = 1000;
const HOSTS = 50;
const DELAY_MS = 50;

const p95 = (ms) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length * 0.95)];

export async function benchCheckAll() {
	const { openMemoryPglite } = await load('./src/lib/server/db/pglite.ts');
	const { migrate } = await load('./src/lib/server/db/migrate.ts');
	const { asSystem } = await load('./src/lib/server/db/with-user.ts');
	const { loadCatalogs } = await load('./src/lib/server/catalog-loader.ts');
	const { loadDemo } = await load('./src/lib/server/demo.ts');
	const { cycleReadiness } = await load('./src/lib/server/readiness.ts');
	const { cycleOfYear } = await load('./src/lib/server/cycle-items.ts');
	const { both, checkRun } = await load('./src/lib/server/link-checks.ts');
	const { startSystemRun } = await load('./src/lib/server/link-rounds.ts');
	const { createFetcher } = await load('./src/lib/server/linkcheck/index.ts');
	const { startTestServer, stubResolver } = await load('./src/lib/server/linkcheck/test-server.ts');

	const db = await openMemoryPglite();
	await migrate(db, { migrationsDir: 'supabase/migrations', shimDir: 'db/shim' });
	await loadCatalogs(db);
	await loadDemo(db);
	const hosts = Array.from({ length: HOSTS }, (_, h) => `h${h}.pyo.go.th`);
	const cycle = await asSystem(db, 'bench', async (tx) => {
		const [org] = await tx.query('select id from public.organisations where is_demo');
		const round = await cycleOfYear(tx, org.id, 2565);
		await tx.query(
			`insert into public.evidence (org_id, part_id, kind, url, title, element_positions, created_by)
			 select p.org_id, p.id, 'url', 'http://h' || (n % $3) || '.pyo.go.th/doc?i=' || n, 'bench', '{}',
				(select user_id from public.memberships where org_id = p.org_id and role = 'coordinator')
			 from generate_series(1, $2) n
			 join lateral (select p.* from public.parts p join public.assignments a on a.id = p.assignment_id
				where a.cycle_id = $1 order by p.id offset (n % 40) limit 1) p on true`,
			[round.id, LINKS, HOSTS]
		);
		return round;
	});
	const server = await startTestServer();
	server.route('/doc', (_req, res) =>
		setTimeout(() => {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end('<html><head><title>ประกาศ ปีงบประมาณ 2565</title></head><body>ok</body></html>');
		}, DELAY_MS)
	);
	// Test-only fetcher options: every name resolves to the local server.
	const fetcher = createFetcher({
		allowLoopback: true,
		lookup: stubResolver(Object.fromEntries(hosts.map((h) => [h, ['127.0.0.1']]))).resolve,
		portFor: () => server.port
	});
	const readiness = async () => {
		const t0 = performance.now();
		await asSystem(db, 'bench', (tx) => cycleReadiness(tx, cycle), { readOnly: true });
		return performance.now() - t0;
	};
	for (let i = 0; i < 20; i++) await readiness();
	const idle = [];
	for (let i = 0; i < 200; i++) idle.push(await readiness());

	const quiet = await startSystemRun(db, cycle.org_id, cycle.id);
	const q0 = performance.now();
	await checkRun(db, both(fetcher), quiet);
	const quietMs = performance.now() - q0;

	const runId = await startSystemRun(db, cycle.org_id, cycle.id);
	let done = false;
	const t0 = performance.now();
	const run = checkRun(db, both(fetcher), runId).then(() => (done = true));
	const busy = [];
	while (!done) {
		busy.push(await readiness());
		await new Promise((r) => setTimeout(r, 5));
	}
	await run;
	const runMs = performance.now() - t0;
	const [counts] = await db.query('select total, done from public.link_check_runs where id = $1', [
		runId
	]);
	await fetcher.close();
	await server.close();
	await db.close();

	const idleP95 = p95(idle);
	const busyP95 = p95(busy);
	console.log(
		`\nCheck all: the demo round with ${counts.total} links (${LINKS} on ${HOSTS} hosts answering after ${DELAY_MS} ms)`
	);
	console.log(
		`  run alone: ${(quietMs / 1000).toFixed(2)} s (goal ≤ 10 s); while the readiness is read back to back: ${(runMs / 1000).toFixed(2)} s, ${counts.done}/${counts.total} checked (floor ${((counts.total * DELAY_MS) / 16 / 1000).toFixed(2)} s at 16 in flight)`
	);
	console.log(
		`  readiness p95: idle ${idleP95.toFixed(1)} ms (n=${idle.length}), during the run ${busyP95.toFixed(1)} ms (n=${busy.length}): ` +
			`${((busyP95 / idleP95 - 1) * 100).toFixed(0)} % (goal ≤ +20 %)`
	);
	return { quietMs, runMs, idleP95, busyP95 };
}

if (import.meta.url === `file://${process.argv[1]}`) await benchCheckAll();
