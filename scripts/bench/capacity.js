// Capacity of the dashboard next to the floor of the same server in the same run: the health
// endpoint and the dashboard at concurrency 4, then the dashboard at concurrency 50 for 30 s.
// Goals (issue 7): dashboard at concurrency 4 ≥ 15 % of the floor and ≥ 3× its throughput before
// the fix (measured on the same machine); at concurrency 50, no answer slower than 5 s and no
// error other than a deliberate 503.
import { measure, report, soak } from './load.js';

const DASHBOARD = '/cycle/2565/dashboard';

export async function benchCapacity(base, cookie) {
	const init = { headers: { cookie } };
	const opts = { concurrency: 4, requests: 2000, warmup: 50 };
	console.log('\nCapacity of the dashboard as the demo coordinator, beside the floor');
	const floor = await measure(`${base}/api/v1/health`, opts);
	report('/api/v1/health at concurrency 4 (floor)', floor);
	const dash = await measure(`${base}${DASHBOARD}`, { ...opts, requests: 600, init });
	report(`${DASHBOARD} at concurrency 4`, dash);
	console.log(
		`  dashboard / floor: ${((100 * dash.rps) / floor.rps).toFixed(1)} %  (goal ≥ 15 %, and ≥ 3× before)`
	);
	const s = await soak(`${base}${DASHBOARD}`, { concurrency: 50, seconds: 30, init });
	console.log(
		`  ${DASHBOARD} at concurrency 50 for 30 s: ${s.total} answers, ${s.ok} ok (${s.rps.toFixed(0)} req/s), ` +
			`${s.refused} deliberate 503, ${s.errors} other errors, ${s.over5s} over 5 s  (goal 0 and 0)`
	);
	console.log(
		`    latency p50 ${s.p50.toFixed(0)} ms  p95 ${s.p95.toFixed(0)} ms  p99 ${s.p99.toFixed(0)} ms  max ${s.max.toFixed(0)} ms`
	);
}
