/**
 * Run checks with two limits: at most `perHost` at once against one host (agency web servers are
 * small) and at most `global` at once in all. Tasks start in order as soon as both limits allow.
 */

export interface PoolTask<T> {
	host: string;
	run: () => Promise<T>;
}

export interface PoolOptions<T> {
	perHost?: number;
	global?: number;
	/** Called as each task finishes, for live progress. */
	onDone?: (index: number, result: T) => void;
}

export interface PoolRun<T> {
	results: T[];
	peakInFlight: number;
	peakPerHost: number;
}

/**
 * Every task's result in task order. The first task (or `onDone`) that throws rejects the run and
 * no new task starts after it.
 */
export function runLimited<T>(
	tasks: readonly PoolTask<T>[],
	{ perHost = 2, global = 16, onDone }: PoolOptions<T> = {}
): Promise<PoolRun<T>> {
	const results = new Array<T>(tasks.length);
	const waiting = tasks.map((_, i) => i);
	const busy = new Map<string, number>();
	let inFlight = 0;
	let peakInFlight = 0;
	let peakPerHost = 0;
	let finished = 0;
	let failed = false;
	const hostOf = (i: number) => tasks[i].host.toLowerCase();

	return new Promise((resolve, reject) => {
		const pump = () => {
			if (failed) return;
			if (finished === tasks.length) return resolve({ results, peakInFlight, peakPerHost });
			for (let w = 0; w < waiting.length && inFlight < global;) {
				const i = waiting[w];
				const host = hostOf(i);
				const onHost = busy.get(host) ?? 0;
				if (onHost >= perHost) {
					w++;
					continue;
				}
				waiting.splice(w, 1);
				busy.set(host, onHost + 1);
				inFlight++;
				peakInFlight = Math.max(peakInFlight, inFlight);
				peakPerHost = Math.max(peakPerHost, onHost + 1);
				start(i, host);
			}
		};
		const start = (i: number, host: string) => {
			Promise.resolve()
				.then(tasks[i].run)
				.then(
					(result) => {
						results[i] = result;
						inFlight--;
						busy.set(host, (busy.get(host) ?? 1) - 1);
						finished++;
						try {
							onDone?.(i, result);
						} catch (err) {
							failed = true;
							return reject(err);
						}
						pump();
					},
					(err: unknown) => {
						failed = true;
						reject(err);
					}
				);
		};
		pump();
	});
}
