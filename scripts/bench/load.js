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
