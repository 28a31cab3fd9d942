// The matrix import against a zip bomb: an XLSX of ~180 KB that inflates to ~60 MB (a million
// rows). Measures the time to the refusal and the server's resident memory above its level
// before the upload (sampled every 10 ms), then sends four at once while a client reads
// /api/v1/health one request at a time. Goals (issue 7): refused in < 1 s with < 100 MB extra
// RSS; health answers as fast during the four uploads as before them.
import { readFileSync } from 'node:fs';
import { xlsxBomb } from './xlsx-bomb.js';

const PREVIEW = '/cycle/2565/matrix?/preview';

const rssMb = (pid) =>
	Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

/** The status of the preview answer, or 'failed' when the connection broke. */
async function upload(base, cookie, bytes) {
	const form = new FormData();
	form.set('file', new Blob([bytes]), 'bomb.xlsx');
	const headers = { cookie, origin: base, accept: 'text/html' };
	try {
		const res = await fetch(`${base}${PREVIEW}`, { method: 'POST', body: form, headers });
		await res.arrayBuffer();
		return res.status;
	} catch {
		return 'failed';
	}
}

/** Health latencies, one request at a time, until `done` settles; failed requests counted. */
async function healthWhile(base, done) {
	let finished = false;
	done.finally(() => (finished = true));
	const latencies = [];
	let failed = 0;
	while (!finished) {
		const t = performance.now();
		try {
			const res = await fetch(`${base}/api/v1/health`, { signal: AbortSignal.timeout(20_000) });
			await res.arrayBuffer();
			if (res.status !== 200) failed++;
		} catch {
			failed++;
		}
		latencies.push(performance.now() - t);
	}
	return { latencies: latencies.sort((a, b) => a - b), failed };
}

const describe = ({ latencies: xs, failed }) =>
	`p50 ${xs[Math.floor(xs.length / 2)].toFixed(1)} ms, max ${xs.at(-1).toFixed(1)} ms ` +
	`(${xs.length} requests, ${failed} failed)`;

export async function benchImportBomb(base, cookie, pid) {
	const { bytes, inflated } = xlsxBomb();
	console.log(
		`\nMatrix import of a zip bomb (${(bytes.length / 1024).toFixed(0)} KB XLSX, ` +
			`${(inflated / 1e6).toFixed(0)} MB inflated, a million rows)`
	);
	const before = rssMb(pid);
	let peak = before;
	const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 10);
	const t0 = performance.now();
	const status = await upload(base, cookie, bytes);
	const ms = performance.now() - t0;
	clearInterval(sampler);
	console.log(
		`  one upload: answered ${status} in ${ms.toFixed(0)} ms, +${(peak - before).toFixed(0)} MB RSS ` +
			`(${before.toFixed(0)} → ${peak.toFixed(0)} MB)  (goal < 1000 ms, < 100 MB)`
	);
	const idle = await healthWhile(base, new Promise((r) => setTimeout(r, 2000)));
	const t1 = performance.now();
	const four = Promise.all(Array.from({ length: 4 }, () => upload(base, cookie, bytes)));
	const during = await healthWhile(base, four);
	const statuses = await four;
	console.log(
		`  four at once: answered ${statuses.join(', ')} in ${(performance.now() - t1).toFixed(0)} ms`
	);
	console.log(`  /api/v1/health before: ${describe(idle)}`);
	console.log(`  /api/v1/health during: ${describe(during)}  (goal: unaffected)`);
}
