/**
 * One redirect step, decided before anything is fetched from the new address: at most five
 * redirects and no loops, http/https only, never from https down to http, and never off the
 * agency's domains when the link started on them.
 */
import { onDomain } from './domains';
import { admit, type BlockReason } from './guard';

export const MAX_REDIRECTS = 5;

export type HopDecision =
	| { next: URL }
	| { outcome: 'blocked'; reason: BlockReason; target?: string }
	| { outcome: 'insecure_redirect'; target: string }
	| { outcome: 'redirects_off_domain'; target: string }
	| { outcome: 'too_many_redirects'; reason: 'limit' | 'loop'; target: string };

/**
 * Where a redirect from `from` with this `Location` leads. `chain` holds every address fetched so
 * far (the start first); `startOnDomain` says whether the link began on the agency's domains.
 */
export function nextHop(
	from: URL,
	location: string,
	chain: readonly string[],
	domains: readonly string[],
	startOnDomain: boolean
): HopDecision {
	let target: URL;
	try {
		target = new URL(location, from);
	} catch {
		return { outcome: 'blocked', reason: 'invalid_url' };
	}
	target.hash = '';
	const admitted = admit(target);
	if (!admitted.ok) return { outcome: 'blocked', reason: admitted.reason, target: target.href };
	if (from.protocol === 'https:' && target.protocol === 'http:') {
		return { outcome: 'insecure_redirect', target: target.href };
	}
	if (chain.includes(target.href)) {
		return { outcome: 'too_many_redirects', reason: 'loop', target: target.href };
	}
	if (chain.length > MAX_REDIRECTS) {
		return { outcome: 'too_many_redirects', reason: 'limit', target: target.href };
	}
	if (startOnDomain && !onDomain(target, domains)) {
		return { outcome: 'redirects_off_domain', target: target.href };
	}
	return { next: target };
}
