// Benchmarks of readiness as the demo coordinator: the readiness API, the dashboard's server time
// (its load also records the day's snapshot, as every real visit does), and the JavaScript a
// browser downloads on the dashboard's first load, gzipped.
import { gzipSync } from 'node:zlib';
import { measure, report } from './load.js';

const DASHBOARD = '/cycle/2565/dashboard';

/** `/_app/immutable/….js` URLs in `text` (modulepreload links, import(…) and static imports). */
function scripts(text, base, pattern) {
	return [...text.matchAll(pattern)]
		.map((m) => new URL(m[1], base).href)
		.filter((u) => new URL(u).pathname.includes('/_app/immutable/'));
}

const IN_HTML = [
	/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g,
	/import\(\s*["']([^"']+\.js)["']\s*\)/g
];
/** Static imports inside a chunk: what the browser fetches with it before anything runs. */
const IN_CHUNK = /(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g;

/** SvelteKit sends a server-rendered page's modulepreloads as a `Link` header, not as tags. */
const IN_LINK_HEADER = /<([^>]+\.js)>;\s*rel="?modulepreload"?/g;

/** Every script of the page's first load, fetched and gzipped (level 9) one by one. */
export async function firstLoadJs(base, path, cookie) {
	const page = `${base}${path}`;
	const res = await fetch(page, { headers: { cookie } });
	const html = await res.text();
	const queue = [
		...scripts(res.headers.get('link') ?? '', page, IN_LINK_HEADER),
		...IN_HTML.flatMap((p) => scripts(html, page, p))
	];
	const sizes = new Map();
	while (queue.length) {
		const url = queue.shift();
		if (sizes.has(url)) continue;
		const res = await fetch(url);
		if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
		const body = Buffer.from(await res.arrayBuffer());
		sizes.set(url, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
		queue.push(...scripts(body.toString('utf8'), url, IN_CHUNK));
	}
	const sum = (k) => [...sizes.values()].reduce((n, s) => n + s[k], 0);
	return { files: sizes.size, raw: sum('raw'), gzip: sum('gzip') };
}

export async function benchReadiness(base, cookie) {
	const init = { headers: { cookie } };
	const cycles = await (await fetch(`${base}/api/v1/cycles`, init)).json();
	const cycle = cycles.find((c) => c.fiscal_year === 2565);
	const opts = { concurrency: 1, requests: 200, warmup: 20, init };
	console.log('\nReadiness as the demo coordinator, one request at a time (server time)');
	report(
		'/api/v1/cycles/:id/readiness',
		await measure(`${base}/api/v1/cycles/${cycle.id}/readiness`, opts)
	);
	report(`${DASHBOARD} (goal p95 ≤ 50 ms)`, await measure(`${base}${DASHBOARD}`, opts));
	const loaded = { ...opts, concurrency: 4, requests: 300 };
	report(`${DASHBOARD} at concurrency 4`, await measure(`${base}${DASHBOARD}`, loaded));
	const js = await firstLoadJs(base, DASHBOARD, cookie);
	console.log(
		`  JavaScript on the dashboard's first load: ${js.files} files, ` +
			`${(js.raw / 1024).toFixed(1)} KB raw, ${(js.gzip / 1024).toFixed(1)} KB gzipped  (goal ≤ 150 KB)`
	);
}
