/**
 * Manual link re-checks per person: at most `limit` requests in any `windowMs` (a sliding
 * window), so one person cannot turn the checker on the agency's site or on this server. The
 * nightly and on-save checks are not counted.
 */
export class RecheckLimit {
	readonly #seen = new Map<string, number[]>();

	constructor(
		readonly limit = 10,
		readonly windowMs = 60_000
	) {}

	/** Records a request and says whether it is within the limit. */
	take(userId: string, now = Date.now()): boolean {
		const recent = (this.#seen.get(userId) ?? []).filter((at) => now - at < this.windowMs);
		const allowed = recent.length < this.limit;
		if (allowed) recent.push(now);
		this.#seen.set(userId, recent);
		return allowed;
	}
}

export const recheckLimit = new RecheckLimit();
