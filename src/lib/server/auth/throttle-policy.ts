/**
 * The sign-in slow-down (README, "Sign-in throttling"). Failures are counted per client address
 * and e-mail, and per client address, over a sliding window; past a free allowance each further
 * attempt waits a time that doubles with every failure, up to a cap. Nothing is ever blocked for
 * good, and an address that has not been failing never waits. Pure: counts and times in, seconds out.
 */
export const WINDOW_MINUTES = 15;

interface Rule {
	/** Failures within the window that cost nothing. */
	free: number;
	/** The wait after the first failure past the allowance, doubled every `every` failures. */
	baseSeconds: number;
	every: number;
	maxSeconds: number;
}

export const POLICY: { pair: Rule; address: Rule } = {
	// One address guessing one person's password: 10 tries, then 30 s, 1, 2, 4, 8 min, at most 15.
	pair: { free: 10, baseSeconds: 30, every: 1, maxSeconds: WINDOW_MINUTES * 60 },
	// Everyone behind one address (an office NAT): 100 failures in 15 minutes are free (50 people,
	// two typos each); then 1 s, doubling every 10 failures, at most 5 minutes.
	address: { free: 100, baseSeconds: 1, every: 10, maxSeconds: 5 * 60 }
};

export interface Failures {
	count: number;
	/** When the newest failure happened (ms since the epoch). */
	last: number;
}

/** How long after its newest failure a key makes the next attempt wait, in seconds. */
export function delaySeconds(rule: Rule, count: number): number {
	if (count < rule.free) return 0;
	const doublings = Math.floor((count - rule.free) / rule.every);
	return Math.min(rule.maxSeconds, rule.baseSeconds * 2 ** Math.min(doublings, 30));
}

/** Seconds the next attempt must wait (0: go ahead), given the failures of both keys. */
export function waitSeconds(
	failures: { pair?: Failures; address?: Failures },
	now: number
): number {
	let wait = 0;
	for (const key of ['pair', 'address'] as const) {
		const f = failures[key];
		if (!f) continue;
		const until = f.last + delaySeconds(POLICY[key], f.count) * 1000;
		wait = Math.max(wait, Math.ceil((until - now) / 1000));
	}
	return wait;
}
