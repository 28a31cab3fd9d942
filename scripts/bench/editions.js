// Benchmarks of editions as the demo coordinator: importing a 43-item edition (the FY2565 list
// exported as XLSX, previewed, then applied), and the dashboard of a FY2566 round (rated in words,
// after the rollover) beside the FY2565 one (graded AA–F).
import { measure, report } from './load.js';

async function demoEdition(base, cookie) {
	const cycles = await (await fetch(`${base}/api/v1/cycles`, { headers: { cookie } })).json();
	return cycles.find((c) => c.fiscal_year === 2565).edition.id;
}

export async function benchEditionImport(base, cookie) {
	const headers = { cookie, origin: base, accept: 'text/html' };
	const id = await demoEdition(base, cookie);
	const xlsx = await (await fetch(`${base}/editions/${id}/export.xlsx`, { headers })).arrayBuffer();
	const json = await (await fetch(`${base}/editions/${id}/export.json`, { headers })).text();
	const upload = new FormData();
	upload.append('file', new Blob([xlsx]), 'fy2565.xlsx');
	const t0 = performance.now();
	const preview = await fetch(`${base}/editions?/preview`, {
		method: 'POST',
		body: upload,
		headers
	});
	await preview.text();
	const t1 = performance.now();
	const apply = await fetch(`${base}/editions?/apply`, {
		method: 'POST',
		body: new URLSearchParams({ payload: json }),
		headers,
		redirect: 'manual'
	});
	const t2 = performance.now();
	if (preview.status !== 200 || apply.status !== 303)
		throw new Error(`import answered ${preview.status} / ${apply.status}`);
	console.log('\nimport of a 43-item edition (FY2565 exported as XLSX)');
	console.log(`  preview (read and check the file): ${(t1 - t0).toFixed(0)} ms`);
	console.log(`  apply (write it, one transaction): ${(t2 - t1).toFixed(0)} ms`);
	console.log(`  together:                          ${(t2 - t0).toFixed(0)} ms  (goal ≤ 1000 ms)`);
}

export async function benchRoundDashboards(base, cookie) {
	const opts = { concurrency: 1, requests: 150, warmup: 15, init: { headers: { cookie } } };
	console.log('\nDashboard by the round’s scoring scheme, one request at a time (server time)');
	report(
		'/cycle/2565/dashboard (grades AA–F)',
		await measure(`${base}/cycle/2565/dashboard`, opts)
	);
	report('/cycle/2566/dashboard (ratings)', await measure(`${base}/cycle/2566/dashboard`, opts));
}
