// A small closed-loop load generator: `concurrency` workers send requests back to back; every
// latency is kept so percentiles are exact. Loopback only.

/** @param {string} url @param {{concurrency: number, requests: number, warmup?: number, init?: RequestInit}} o */
export async function measure(url, { concurrency, requests, warmup = 0, init }) {
	const one = async () => {
		const t = performance.now();
		const res = await fetch(url, init);
		await res.arrayBuffer();
		if (res.status >= 400) throw new Error(`${url} answered ${res.status}`);
		return performance.now() - t;
	};
	for (let i = 0; i < warmup; i++) await one();
	const latencies = [];
	let next = 0;
	const t0 = performance.now();
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next++ < requests) latencies.push(await one());
		})
	);
	const seconds = (performance.now() - t0) / 1000;
	latencies.sort((a, b) => a - b);
	const pct = (p) =>
		latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
	return { p50: pct(50), p95: pct(95), p99: pct(99), rps: latencies.length / seconds };
}

export function report(label, r) {
	console.log(
		`  ${label.padEnd(44)} p50 ${r.p50.toFixed(2)} ms  p95 ${r.p95.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  ${r.rps.toFixed(0)} req/s`
	);
}

/**
 * Open-ended load for `seconds`: `concurrency` workers send requests back to back. Counts answers
 * by kind instead of throwing: 503s (deliberate refusals), other errors (other statuses ≥ 400,
 * timeouts at 20 s, failed connections) and answers slower than 5 s.
 */
export async function soak(url, { concurrency, seconds, init }) {
	const latencies = [];
	const counts = { ok: 0, refused: 0, errors: 0, over5s: 0 };
	const end = performance.now() + seconds * 1000;
	const one = async () => {
		const t = performance.now();
		try {
			const res = await fetch(url, { ...init, signal: AbortSignal.timeout(20_000) });
			await res.arrayBuffer();
			if (res.status === 503) counts.refused++;
			else if (res.status >= 400) counts.errors++;
			else counts.ok++;
		} catch {
			counts.errors++;
		}
		const ms = performance.now() - t;
		if (ms > 5000) counts.over5s++;
		latencies.push(ms);
	};
	const t0 = performance.now();
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (performance.now() < end) await one();
		})
	);
	const elapsed = (performance.now() - t0) / 1000;
	latencies.sort((a, b) => a - b);
	const pct = (p) =>
		latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
	return {
		...counts,
		total: latencies.length,
		p50: pct(50),
		p95: pct(95),
		p99: pct(99),
		max: latencies.at(-1),
		rps: counts.ok / elapsed
	};
}
