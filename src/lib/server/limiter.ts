/**
 * Admission control for the work requests do on one server process (pages, actions, API: the
 * database and the rendering): at most `active` at a time, the next ones waiting in arrival
 * order. A request that finds `queue` others waiting, or waits longer than `maxWaitMs`, is
 * refused at once so the caller can answer 503 with Retry-After, instead of every request
 * slowing down together until they time out.
 */
export interface LimiterOptions {
	active: number;
	queue: number;
	maxWaitMs: number;
}

export class Limiter {
	#active = 0;
	readonly #waiting: { admit: () => void }[] = [];

	constructor(readonly options: LimiterOptions) {}

	/** Waits for a turn: true when admitted (call `release` when done), false when refused. */
	acquire(): Promise<boolean> {
		if (this.#active < this.options.active) {
			this.#active++;
			return Promise.resolve(true);
		}
		if (this.#waiting.length >= this.options.queue) return Promise.resolve(false);
		return new Promise((resolve) => {
			const waiter = {
				admit: () => {
					clearTimeout(timer);
					resolve(true);
				}
			};
			const timer = setTimeout(() => {
				this.#waiting.splice(this.#waiting.indexOf(waiter), 1);
				resolve(false);
			}, this.options.maxWaitMs);
			this.#waiting.push(waiter);
		});
	}

	/** Hands the turn to the longest waiting request, if any. */
	release(): void {
		const next = this.#waiting.shift();
		if (next) next.admit();
		else this.#active--;
	}

	/** Runs `fn` in a turn; `refused()` answers when no turn comes. */
	async run<T>(fn: () => Promise<T>, refused: () => T): Promise<T> {
		if (!(await this.acquire())) return refused();
		try {
			return await fn();
		} finally {
			this.release();
		}
	}
}
