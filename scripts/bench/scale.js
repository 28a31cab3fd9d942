#!/usr/bin/env node
// One organisation's dashboard and items API on a PostgreSQL shared by the whole country (7,850
// organisations by default), next to the same figures on a database holding that organisation
// alone (the floor), measured in the same run. Runs the app's own server code (the dashboard's
// load, the items endpoint's handler) as `authenticated` with the coordinator's claims, as a
// request does, then prints EXPLAIN (ANALYZE, BUFFERS) of every query and checks the plans
// (plan-checks.js). Prints figures and PASS/FAIL; asserts nothing.
// Usage: `npm run bench -- --scale national [--orgs N]`, or
//        `node scripts/with-postgres.js node scripts/bench/scale.js [--orgs N]`.
import pg from 'pg';
import { parseArgs } from 'node:util';
import { loadScale, tables } from './scale-data.js';
import { verdicts } from './plan-checks.js';
import { loadTs as load } from '../load-ts.js';

export const NATIONAL = 7850;
const REQUESTS = 500;
const WARMUP = 20;
const GOAL_RATIO = 1.2;
const GOAL_P95_MS = 50;

const pct = (ms, p) =>
	[...ms].sort((a, b) => a - b)[Math.min(ms.length - 1, Math.floor(ms.length * p))];
const change = (ratio) => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(0)} %`;
const oneLine = (sql) => sql.replace(/\s+/g, ' ').trim();

/** A database of organisations `first` to `last` on the server of `adminUrl`, migrated and loaded. */
async function prepare(app, adminUrl, name, first, last) {
	const admin = new pg.Client(adminUrl);
	await admin.connect();
	await admin.query(`drop database if exists ${name}`);
	await admin.query(`create database ${name}`);
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const db = app.openPostgres(url.href, 4);
	await app.migrate(db, { migrationsDir: 'supabase/migrations', shimDir: 'db/shim' });
	await app.loadCatalogs(db);
	const client = new pg.Client(url.href);
	await client.connect();
	const t0 = performance.now();
	const steps = await loadScale(client, first, last);
	const ms = performance.now() - t0;
	let rows = 0;
	for (const t of tables)
		rows += Number((await client.query(`select count(*) from ${t}`)).rows[0].count);
	await client.end();
	return { db, ms, steps, rows };
}

/** The coordinator of organisation `n`: claims, membership and round, as a request has them. */
async function visitor(app, db, n) {
	const [user] = await db.query(
		`select u.id, m.org_id from auth.users u join public.memberships m on m.user_id = u.id
		 where u.email = $1`,
		[`coordinator${n}@bench.example`]
	);
	const claims = { sub: user.id, role: 'authenticated' };
	const cycle = await app.withUser(db, claims, (tx) => app.cycleOfYear(tx, user.org_id, 2565));
	const member = { orgId: user.org_id, role: 'coordinator', divisionIds: [], cycleYear: 2565 };
	return { db, claims, cycle, locals: { db, user: { id: user.id }, member } };
}

/** The two requests measured: the dashboard's data and the items endpoint, each as the app runs it. */
function requests(app, v) {
	return {
		dashboard: () =>
			app.withUser(v.db, v.claims, (tx) => app.dashboardData(tx, v.cycle, new Date()), {
				readOnly: true
			}),
		items: async () => {
			const res = await app.itemsGet({ locals: v.locals, params: { id: v.cycle.id } });
			if (res.status !== 200) throw new Error(`items answered ${res.status}`);
			return res.text();
		}
	};
}

async function timed(fn) {
	const t0 = performance.now();
	await fn();
	return performance.now() - t0;
}

/** The queries `fn` sends, in order, without the role and claims statements. */
async function captured(db, fn) {
	const seen = [];
	const recording = {
		...db,
		transaction: (body, opts) =>
			db.transaction(
				(tx) =>
					body({
						...tx,
						query: (sql, params) => {
							if (!/^\s*(set |select set_config)/i.test(sql)) seen.push({ sql, params });
							return tx.query(sql, params);
						}
					}),
				opts
			)
	};
	await fn(recording);
	return seen;
}

/** The queries of one dashboard and one items request as visitor `v`. */
function sent(app, v) {
	return captured(v.db, async (db) => {
		const r = requests(app, { ...v, db, locals: { ...v.locals, db } });
		await r.dashboard();
		await r.items();
	});
}

/** Shared buffers a plan touched (hit and read). */
const blocks = (plan) => plan['Shared Hit Blocks'] + plan['Shared Read Blocks'];

async function explain(app, v, { sql, params }) {
	return app.withUser(v.db, v.claims, async (tx) => {
		const text = await tx.query(`explain (analyze, buffers) ${sql}`, params);
		const [json] = await tx.query(
			`explain (analyze, buffers, verbose, format json) ${sql}`,
			params
		);
		return { text: text.map((r) => r['QUERY PLAN']), json: json['QUERY PLAN'] };
	});
}

export async function benchScale(adminUrl, orgs = NATIONAL) {
	const app = {
		...(await load('./src/lib/server/db/postgres.ts')),
		...(await load('./src/lib/server/db/migrate.ts')),
		...(await load('./src/lib/server/db/with-user.ts')),
		...(await load('./src/lib/server/catalog-loader.ts')),
		...(await load('./src/lib/server/cycle-items.ts')),
		...(await load('./src/lib/server/dashboard.ts')),
		itemsGet: (await load('./src/routes/api/v1/cycles/[id=uuid]/items/+server.ts')).GET
	};
	const admin = new pg.Client(adminUrl);
	await admin.connect();
	const version = (await admin.query('show server_version')).rows[0].server_version;
	await admin.end();
	console.log(
		`\nScale: ${orgs} organisations on one PostgreSQL ${version}, beside one organisation alone`
	);

	const measured = Math.ceil(orgs / 2);
	const national = await prepare(app, adminUrl, 'ita_scale_national', 1, orgs);
	console.log(
		`  load (set-based, triggers off, history written set-based): ${national.rows.toLocaleString('en')} rows in ${(national.ms / 1000).toFixed(1)} s`
	);
	console.log(
		`    ${national.steps.map(([l, ms]) => `${l} ${(ms / 1000).toFixed(1)} s`).join(', ')}`
	);
	const single = await prepare(app, adminUrl, 'ita_scale_single', measured, measured);
	console.log(`  floor database: organisation ${measured} alone, ${single.rows} rows`);

	const big = requests(app, await visitor(app, national.db, measured));
	const floor = requests(app, await visitor(app, single.db, measured));
	const samples = { big: { dashboard: [], items: [] }, alone: { dashboard: [], items: [] } };
	for (let i = 0; i < WARMUP + REQUESTS; i++) {
		// Interleaved, so both databases see the same machine, each first every other time.
		for (const name of ['dashboard', 'items']) {
			let a, b;
			if (i % 2) [a, b] = [await timed(floor[name]), await timed(big[name])];
			else [b, a] = [await timed(big[name]), await timed(floor[name])];
			if (i >= WARMUP) {
				samples.big[name].push(b);
				samples.alone[name].push(a);
			}
		}
	}
	console.log(
		`\n  organisation ${measured} of ${orgs} as its coordinator, one request at a time, ${REQUESTS} each (server time)`
	);
	console.log(
		`  ${'request'.padEnd(36)} ${'national p50'.padStart(12)} ${'p95'.padStart(8)}   ${'alone p50'.padStart(9)} ${'p95'.padStart(8)}   vs alone: p50    p95   goal (≤ +20 %, p95 ≤ ${GOAL_P95_MS} ms)`
	);
	const labels = {
		dashboard: 'dashboard (dashboardData)',
		items: 'GET /api/v1/cycles/:id/items'
	};
	for (const name of ['dashboard', 'items']) {
		const [b50, b95] = [pct(samples.big[name], 0.5), pct(samples.big[name], 0.95)];
		const [a50, a95] = [pct(samples.alone[name], 0.5), pct(samples.alone[name], 0.95)];
		const ratio = b95 / a95;
		const ok = ratio <= GOAL_RATIO && b95 <= GOAL_P95_MS;
		console.log(
			`  ${labels[name].padEnd(36)} ${b50.toFixed(1).padStart(9)} ms ${b95.toFixed(1).padStart(5)} ms   ${a50.toFixed(1).padStart(6)} ms ${a95.toFixed(1).padStart(5)} ms   ${change(b50 / a50).padStart(13)} ${change(ratio).padStart(6)}   ${ok ? 'PASS' : 'FAIL'}`
		);
	}

	const v = await visitor(app, national.db, measured);
	const queries = await sent(app, v);
	const vAlone = await visitor(app, single.db, measured);
	const alone = await sent(app, vAlone);
	console.log(
		`\n  EXPLAIN (ANALYZE, BUFFERS) as authenticated, organisation ${measured} of ${orgs}: ${queries.length} queries`
	);
	let failed = 0;
	for (const [i, q] of queries.entries()) {
		const plan = await explain(app, v, q);
		const floor = alone[i] && (await explain(app, vAlone, alone[i]));
		console.log(`\n  [${i + 1}] ${oneLine(q.sql).slice(0, 160)}`);
		for (const line of plan.text) console.log(`      ${line}`);
		if (floor) {
			const [here, there] = [plan.json[0], floor.json[0]];
			console.log(
				`    execution ${here['Execution Time'].toFixed(2)} ms, ${blocks(here.Plan)} buffers; ` +
					`the organisation alone: ${there['Execution Time'].toFixed(2)} ms, ${blocks(there.Plan)} buffers`
			);
		}
		for (const [ok, what] of verdicts(plan.json)) {
			if (!ok) failed++;
			console.log(`    ${ok ? 'PASS' : 'FAIL'} ${what}`);
		}
	}
	console.log(`\n  plan checks: ${failed ? `${failed} FAIL` : 'all PASS'}`);
	await national.db.close();
	await single.db.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const url = process.env.TEST_DATABASE_URL;
	if (!url) {
		console.error('usage: node scripts/with-postgres.js node scripts/bench/scale.js [--orgs N]');
		process.exit(2);
	}
	const { values } = parseArgs({
		options: { orgs: { type: 'string' }, scale: { type: 'string' } }
	});
	if (values.scale && values.scale !== 'national') {
		console.error(`unknown scale "${values.scale}": use --scale national, or --orgs N`);
		process.exit(2);
	}
	const orgs = values.orgs ? Number(values.orgs) : NATIONAL;
	if (!Number.isInteger(orgs) || orgs < 1) {
		console.error('--orgs takes a whole number of organisations, at least 1');
		process.exit(2);
	}
	await benchScale(url, orgs);
}
