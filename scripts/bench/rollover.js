// Benchmark of rolling the demo's FY2565 round into FY2566 as the coordinator, the way a browser
// without JavaScript does it: open the proposed mapping, send it back unchanged. One run (it opens
// the FY2566 round), so it goes last.
const PAGE = '/cycle/2565/rollover';

/** The `from.<code>` choices the page proposes, as form fields. */
function proposed(html) {
	const body = new URLSearchParams();
	for (const [, name, options] of html.matchAll(
		/<select[^>]*name="(from\.[^"]+)"[^>]*>(.*?)<\/select>/gs
	)) {
		const chosen = /<option value="([^"]*)" selected/.exec(options)?.[1] ?? '';
		body.append(name, chosen);
	}
	return body;
}

export async function benchRollover(base, cookie) {
	const headers = { cookie, origin: base, accept: 'text/html' };
	const choose = await (await fetch(`${base}${PAGE}`, { headers })).text();
	const edition = /name="to" value="([0-9a-f-]{36})"/.exec(choose)?.[1];
	if (!edition) throw new Error('no FY2566 edition offered');
	const t0 = performance.now();
	const page = await fetch(`${base}${PAGE}?to=${edition}`, { headers });
	const body = proposed(await page.text());
	const t1 = performance.now();
	body.set('to', edition);
	const res = await fetch(`${base}${PAGE}?to=${edition}&/confirm`, {
		method: 'POST',
		body,
		headers,
		redirect: 'manual'
	});
	const t2 = performance.now();
	if (res.status !== 303) throw new Error(`rollover answered ${res.status}`);
	console.log('\nrollover of the demo round FY2565 → FY2566 (coordinator, no JavaScript)');
	console.log(`  proposed mapping page:    ${(t1 - t0).toFixed(0)} ms`);
	console.log(`  confirm, one transaction:  ${(t2 - t1).toFixed(0)} ms  (goal ≤ 2000 ms)`);
}
