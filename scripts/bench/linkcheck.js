#!/usr/bin/env node
// The evidence-link checker on 1,000 links: 100 hosts × 10 pages on a local server that answers
// every request after 50 ms (a check is a HEAD and a GET, so ≥ 100 ms). Run with the limits in
// force (2 per host, 16 in all), then the same 1,000 with no limits as the machine's floor, and
// the theoretical floor 1,000 × 100 ms / 16. Goal: ≤ 10 s with the limits.
// Standalone: `node scripts/bench/linkcheck.js` (loads the TypeScript module through Vite).
import { runnerImport } from 'vite';

const LINKS = 1000;
const HOSTS = 100;
const DELAY_MS = 50;

async function load(path) {
	const { module } = await runnerImport(path, { configFile: false, logLevel: 'error' });
	return module;
}

export async function benchLinkcheck() {
	const lib = await load('./src/lib/server/linkcheck/index.ts');
	const { startTestServer, stubResolver } = await load('./src/lib/server/linkcheck/test-server.ts');
	const server = await startTestServer();
	const hosts = Array.from({ length: HOSTS }, (_, h) => `h${h}.agency.gov`);
	const stub = stubResolver(Object.fromEntries(hosts.map((h) => [h, ['127.0.0.1']])));
	// Grouped by host, as one agency's links are, so the per-host limit is what holds them back.
	const perHostLinks = LINKS / HOSTS;
	const urls = Array.from(
		{ length: LINKS },
		(_, i) => `http://${hosts[Math.floor(i / perHostLinks)]}/doc?i=${i}`
	);

	async function run(limits, readBodies = true) {
		server.reset();
		server.route('/doc', (_req, res) => {
			setTimeout(() => {
				res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
				res.end('<html><head><title>ปีงบประมาณ 2567</title></head><body>ok</body></html>');
			}, DELAY_MS);
		});
		// allowLoopback and portFor are test-only options: names resolve to this machine's server.
		const fetcher = lib.createFetcher({
			allowLoopback: true,
			lookup: stub.resolve,
			portFor: () => server.port,
			readBodies
		});
		const tasks = urls.map((url) => ({
			host: new URL(url).hostname,
			run: () => fetcher.check(url, ['agency.gov'])
		}));
		const t0 = performance.now();
		const out = await lib.runLimited(tasks, limits);
		const ms = performance.now() - t0;
		await fetcher.close();
		const live = out.results.filter((r) => r.outcome === 'live').length;
		return { ms, live, requests: server.total(), ...out };
	}

	const limited = await run({ perHost: 2, global: 16 });
	const headOnly = await run({ perHost: 2, global: 16 }, false);
	const open = await run({ perHost: LINKS, global: LINKS });
	await server.close();
	const floor = (LINKS * 2 * DELAY_MS) / 16;
	console.log(
		`\nLink checker: ${LINKS} links on ${HOSTS} hosts, server answers after ${DELAY_MS} ms`
	);
	console.log(
		`  limits 2/host, 16 in all: ${(limited.ms / 1000).toFixed(2)} s (goal ≤ 10 s), ` +
			`peak in flight ${limited.peakInFlight}, peak per host ${limited.peakPerHost}, ` +
			`${limited.live}/${LINKS} live, ${limited.requests} requests`
	);
	console.log(
		`  same limits, HEAD only (readBodies: false): ${(headOnly.ms / 1000).toFixed(2)} s, ` +
			`${headOnly.requests} requests`
	);
	console.log(
		`  floor: theoretical ${LINKS} × ${2 * DELAY_MS} ms / 16 = ${(floor / 1000).toFixed(2)} s; ` +
			`no limits ${(open.ms / 1000).toFixed(2)} s (peak in flight ${open.peakInFlight}, ${open.live}/${LINKS} live)`
	);
	return { limited, headOnly, open, floor };
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLinkcheck();
