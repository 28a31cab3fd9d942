/**
 * What a check found, in the terms assessors use (test plan S19): a page that answers is live,
 * a missing page is dead, a page behind a sign-in is restricted, a busy or failing server is worth
 * another try later, and a server that cannot be reached at all is unreachable.
 */
import type { BodyRead } from './body';
import type { BlockReason } from './guard';
import { isLoginUrl } from './page';
import { BLOCKED_CODE, UNRESOLVABLE_CODE } from './transport';

export type Outcome =
	| 'live'
	| 'live_redirected'
	| 'dead'
	| 'restricted'
	| 'retry_later'
	| 'unreachable'
	| 'redirects_off_domain'
	| 'insecure_redirect'
	| 'blocked'
	| 'too_many_redirects'
	| 'unresolvable';

/** Why, for the outcomes that have more than one cause. */
export type CheckReason =
	| BlockReason // blocked
	| 'timeout' // unreachable: connect or read timeout
	| 'deadline' // unreachable: the whole check ran out of time
	| 'refused'
	| 'reset'
	| 'tls'
	| 'network'
	| 'login_wall' // restricted: a sign-in page instead of the document
	| 'redirect_without_location' // dead
	| 'limit' // too_many_redirects
	| 'loop';

export interface Classified {
	outcome: Outcome;
	reason?: CheckReason;
}

export function classifyStatus(
	status: number,
	redirected: boolean,
	finalUrl: URL,
	read: BodyRead | undefined
): Classified {
	if (status >= 200 && status < 300) {
		if ((redirected && isLoginUrl(finalUrl)) || read?.login) {
			return { outcome: 'restricted', reason: 'login_wall' };
		}
		return { outcome: redirected ? 'live_redirected' : 'live' };
	}
	if (status === 401 || status === 403 || status === 407) return { outcome: 'restricted' };
	if (status === 408 || status === 425 || status === 429 || status >= 500) {
		return { outcome: 'retry_later' };
	}
	if (status >= 300 && status < 400)
		return { outcome: 'dead', reason: 'redirect_without_location' };
	return { outcome: 'dead' };
}

function codesOf(err: unknown): string[] {
	const codes: string[] = [];
	let e = err as { code?: unknown; name?: unknown; cause?: unknown } | undefined;
	for (let depth = 0; e && depth < 4; depth++) {
		if (typeof e.code === 'string') codes.push(e.code);
		if (typeof e.name === 'string') codes.push(e.name);
		e = e.cause as typeof e;
	}
	return codes;
}

const DNS_CODES = [
	'ENOTFOUND',
	'EAI_AGAIN',
	'ENODATA',
	'ESERVFAIL',
	'EAI_NONAME',
	UNRESOLVABLE_CODE
];
const TIMEOUT_CODES = [
	'UND_ERR_CONNECT_TIMEOUT',
	'UND_ERR_HEADERS_TIMEOUT',
	'UND_ERR_BODY_TIMEOUT',
	'ETIMEDOUT',
	'ConnectTimeoutError'
];

/** A failed request: refused by the guard, not resolvable, or not reachable (and why). */
export function classifyError(err: unknown, deadlinePassed: boolean): Classified {
	const codes = codesOf(err);
	const has = (list: string[]) => codes.some((c) => list.includes(c));
	if (has([BLOCKED_CODE])) return { outcome: 'blocked', reason: 'destination_not_allowed' };
	if (has(DNS_CODES)) return { outcome: 'unresolvable' };
	if (deadlinePassed) return { outcome: 'unreachable', reason: 'deadline' };
	if (has(TIMEOUT_CODES)) return { outcome: 'unreachable', reason: 'timeout' };
	if (has(['ECONNREFUSED'])) return { outcome: 'unreachable', reason: 'refused' };
	if (has(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']))
		return { outcome: 'unreachable', reason: 'reset' };
	if (codes.some((c) => c.startsWith('ERR_TLS') || c.includes('CERT') || c.includes('SSL'))) {
		return { outcome: 'unreachable', reason: 'tls' };
	}
	return { outcome: 'unreachable', reason: 'network' };
}
