#!/usr/bin/env node
// The evidence-link checker on 1,000 links: 100 hosts × 10 pages on a local server that answers
// every request after 50 ms. Runs with the limits in force (2 per host, 16 in all): the default
// (one GET per link), HEAD then GET (headFirst), HEAD only (readBodies: false); then the same
// 1,000 with no limits as this machine's floor, beside the theoretical floor links × requests ×
// 50 ms / 16. Goal: ≤ 10 s with the limits. Prints figures; asserts nothing.
// Standalone: `node scripts/bench/linkcheck.js` (loads the TypeScript module through Vite).
import { loadTs as load } from '../load-ts.js';

const LINKS = 1000;
const HOSTS = 100;
const DELAY_MS = 50;
const LIMITS = { perHost: 2, global: 16 };

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

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

	async function run(limits, fetcherOptions = {}) {
		server.reset();
		server.route('/doc', (_req, res) => {
			setTimeout(() => {
				res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
				res.end('<html><head><title>ปีงบประมาณ 2567</title></head><body>ok</body></html>');
			}, DELAY_MS);
		});
		// allowLoopback and portFor are test-only options: every name resolves to the local server.
		const fetcher = lib.createFetcher({
			allowLoopback: true,
			lookup: stub.resolve,
			portFor: () => server.port,
			...fetcherOptions
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

	const line = (label, r, floorMs) =>
		console.log(
			`  ${label}: ${seconds(r.ms)} (floor ${seconds(floorMs)}), ${r.requests} requests, ` +
				`peak in flight ${r.peakInFlight}, peak per host ${r.peakPerHost}, ${r.live}/${LINKS} live`
		);
	const floor = (requestsPerLink) => (LINKS * requestsPerLink * DELAY_MS) / LIMITS.global;

	const byGet = await run(LIMITS);
	const headGet = await run(LIMITS, { headFirst: true });
	const headOnly = await run(LIMITS, { readBodies: false });
	const open = await run({ perHost: LINKS, global: LINKS });
	await server.close();

	console.log(
		`\nLink checker: ${LINKS} links on ${HOSTS} hosts, server answers after ${DELAY_MS} ms`
	);
	console.log(`  (floor = links × requests × ${DELAY_MS} ms / ${LIMITS.global}; goal ≤ 10 s)`);
	line('2/host, 16 in all, one GET per link (default)', byGet, floor(1));
	line('2/host, 16 in all, HEAD then GET (headFirst)', headGet, floor(2));
	line('2/host, 16 in all, HEAD only (readBodies: false)', headOnly, floor(1));
	line('no limits, one GET per link (machine floor)', open, DELAY_MS);
	return { byGet, headGet, headOnly, open };
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLinkcheck();
