// Benchmarks of the assignment matrix as the demo coordinator: the page's server time and the import
// of the 43-row XLSX built from its own export (preview, then apply), as a browser without
// JavaScript sends them. Every run shifts all due dates, so each apply really changes 43 rows.
import ExcelJS from 'exceljs';
import { measure, report } from './load.js';

const MATRIX = '/cycle/2565/matrix';

/** Signs in like the login form does; returns the `Cookie` header of the new session. */
export async function signIn(base, email, password) {
	const res = await fetch(`${base}/login`, {
		method: 'POST',
		body: new URLSearchParams({ email, password }),
		headers: { origin: base, accept: 'text/html' },
		redirect: 'manual'
	});
	for (const line of res.headers.getSetCookie()) {
		const [pair] = line.split(';');
		if (pair.startsWith('ita_session=')) return pair;
	}
	throw new Error(`sign-in as ${email} failed: ${res.status}`);
}

const unescape = (s) =>
	s
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** The export with every due date moved `days` later. */
async function shifted(xlsx, days) {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(xlsx);
	wb.worksheets[0].eachRow((row, n) => {
		const cell = row.getCell(5);
		if (n > 1 && cell.value instanceof Date) {
			cell.value = new Date(cell.value.getTime() + days * 86_400_000);
		}
	});
	return Buffer.from(await wb.xlsx.writeBuffer());
}

async function importOnce(base, cookie, file) {
	const headers = { cookie, origin: base, accept: 'text/html' };
	const form = new FormData();
	form.set('file', new Blob([file]), 'matrix.xlsx');
	const t0 = performance.now();
	const preview = await fetch(`${base}${MATRIX}?/preview`, { method: 'POST', body: form, headers });
	const html = await preview.text();
	const payload = /name="payload" value="([^"]*)"/.exec(html)?.[1];
	if (preview.status !== 200 || !payload) throw new Error(`preview answered ${preview.status}`);
	const t1 = performance.now();
	const apply = await fetch(`${base}${MATRIX}?/apply`, {
		method: 'POST',
		body: new URLSearchParams({ payload: unescape(payload) }),
		headers
	});
	const done = await apply.text();
	if (apply.status !== 200 || !/เปลี่ยนการมอบหมาย 43 ข้อ/.test(done))
		throw new Error(`apply answered ${apply.status}`);
	return { preview: t1 - t0, total: performance.now() - t0 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Returns the session cookie it signed in with, for the benchmarks that follow. */
export async function benchMatrix(base, { email, password }) {
	const cookie = await signIn(base, email, password);
	const init = { headers: { cookie } };
	// One request at a time: the server time of a page, without queueing behind other requests.
	const opts = { concurrency: 1, requests: 200, warmup: 20, init };
	console.log('\nWork-cycle pages as the demo coordinator, one request at a time (server time)');
	report(
		'/cycle/2565/items/o1 (goal p95 ≤ 30 ms)',
		await measure(`${base}/cycle/2565/items/o1`, opts)
	);
	report(`${MATRIX} (goal p95 ≤ 60 ms)`, await measure(`${base}${MATRIX}`, opts));
	report('/cycle/2565/review', await measure(`${base}/cycle/2565/review`, opts));
	const loaded = { ...opts, concurrency: 4, requests: 300 };
	report(`${MATRIX} at concurrency 4`, await measure(`${base}${MATRIX}`, loaded));

	const res = await fetch(`${base}${MATRIX}/export.xlsx`, init);
	const xlsx = Buffer.from(await res.arrayBuffer());
	const runs = [];
	for (let i = 1; i <= 5; i++) runs.push(await importOnce(base, cookie, await shifted(xlsx, i)));
	console.log(
		`  import of the 43-row XLSX (${(xlsx.length / 1024).toFixed(0)} KB), 5 runs: median preview ` +
			`${median(runs.map((r) => r.preview)).toFixed(0)} ms, preview + apply ` +
			`${median(runs.map((r) => r.total)).toFixed(0)} ms  (goal ≤ 1000 ms)`
	);
	return cookie;
}
