/**
 * Check one evidence link the way an assessor would open it, without ever letting the server be
 * used to reach the machine or the network it runs on. Each address in the chain is admitted
 * (guard.ts), resolved and checked, and checked again when the socket connects (transport.ts).
 * One GET per address, or HEAD first when asked (`headFirst`), falling back to GET when the server
 * refuses HEAD (405, 501, or the 400/403/404 some servers give HEAD alone); redirects followed by
 * hand (redirects.ts); the title and text of the final page read from at most `maxBytes`. Requests carry only the fixed headers below: no
 * cookies are kept, no credentials or caller headers are ever added, so nothing travels to
 * another host. `allowLoopback`, `portFor` and `ca` exist for tests and are never set from
 * configuration.
 */
import type { Dispatcher } from 'undici';
import { onDomain } from './domains';
import { admit, bareHost, type BlockReason } from './guard';
import { nextHop } from './redirects';
import { classifyError, classifyStatus, type CheckReason, type Outcome } from './outcome';
import { readBody, type BodyRead } from './body';
import { createAgent, discard, resolveChecked, systemResolver, type Resolver } from './transport';

export type { CheckReason, Outcome } from './outcome';

/** Sent on every request, so agency web masters can tell what is checking their pages. */
export const USER_AGENT =
	'ITA-Readiness-LinkCheck/1.0 (+evidence link check of the ITA Readiness app)';

const HEADERS = {
	'user-agent': USER_AGENT,
	accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8',
	'accept-language': 'th,en;q=0.8'
};

export interface FetchResult {
	outcome: Outcome;
	reason?: CheckReason;
	status?: number;
	finalUrl: string;
	/** Every address fetched or refused, the start first. */
	hops: string[];
	title?: string;
	contentType?: string;
	/** Page or PDF text for the year check only; never shown to users. */
	text?: string;
	pdf?: 'text' | 'no_text_layer' | 'not_read';
}

export interface FetcherOptions {
	/** Tests only: also admit resolved 127.0.0.0/8 and ::1 (never literal IPs). */
	allowLoopback?: boolean;
	/** Name resolver; the system resolver by default. Tests pass a stub. */
	lookup?: Resolver;
	/** Tests only: the port actually dialled for http:/https: (URLs still need port 80/443). */
	portFor?: (protocol: string) => number;
	/** Tests only: trust this certificate authority (a local https test server). */
	ca?: string;
	/** Connecting, DNS included (default 5 s). */
	connectTimeoutMs?: number;
	/** Waiting for headers or for the next body bytes (default 10 s; undici checks headers on a 1 s clock). */
	readTimeoutMs?: number;
	/** The whole check, every hop included (default 15 s). */
	deadlineMs?: number;
	/** Most bytes read from one body (default 1 MB). */
	maxBytes?: number;
	/** Read the final page for its title and text (default true). */
	readBodies?: boolean;
	/**
	 * Ask with HEAD before GET. Default: only when bodies are not read (`readBodies: false`); when
	 * they are, one GET gives status, type and text, half the requests of HEAD + GET (undici also
	 * closes the connection after every HEAD). A GET whose type is not worth reading is dropped
	 * after at most 64 KB.
	 */
	headFirst?: boolean;
}

export interface Fetcher {
	check(url: string, domains: readonly string[]): Promise<FetchResult>;
	close(): Promise<void>;
}

const HEAD_REFUSED = new Set([400, 403, 404, 405, 501]);

export function createFetcher(options: FetcherOptions = {}): Fetcher {
	const allowLoopback = options.allowLoopback === true;
	const resolver = options.lookup ?? systemResolver;
	const connectTimeoutMs = options.connectTimeoutMs ?? 5_000;
	const readTimeoutMs = options.readTimeoutMs ?? 10_000;
	const deadlineMs = options.deadlineMs ?? 15_000;
	const maxBytes = options.maxBytes ?? 1_000_000;
	const readBodies = options.readBodies ?? true;
	const firstMethod = (options.headFirst ?? !readBodies) ? 'HEAD' : 'GET';
	const agent = createAgent({
		resolver,
		allowLoopback,
		connectTimeoutMs,
		readTimeoutMs,
		portFor: options.portFor,
		ca: options.ca
	});

	async function send(url: URL, method: 'HEAD' | 'GET', signal: AbortSignal) {
		return agent.request({
			origin: url.origin,
			path: `${url.pathname}${url.search}`,
			method,
			headers: HEADERS,
			signal
		});
	}

	async function check(input: string, domains: readonly string[]): Promise<FetchResult> {
		const first = admit(input);
		if (!first.ok) return { outcome: 'blocked', reason: first.reason, finalUrl: input, hops: [] };
		const start = first.url;
		start.hash = '';
		const startOnDomain = onDomain(start, domains);
		const chain = [start.href];
		const startedAt = Date.now();
		const controller = new AbortController();
		const timer = setTimeout(() => controller.abort(), deadlineMs);
		const ended = (r: Omit<FetchResult, 'hops'>): FetchResult => ({ ...r, hops: [...chain] });
		let url = start;
		let method: 'HEAD' | 'GET' = firstMethod;
		let res: Dispatcher.ResponseData | undefined;
		let admittedHref = '';
		try {
			for (;;) {
				if (url.href !== admittedHref) {
					const admitted = admit(url);
					if (!admitted.ok) {
						return ended({ outcome: 'blocked', reason: admitted.reason, finalUrl: url.href });
					}
					if (!admitted.literal) {
						const left = deadlineMs - (Date.now() - startedAt);
						await resolveChecked(
							resolver,
							bareHost(url),
							allowLoopback,
							Math.max(1, Math.min(connectTimeoutMs, left))
						);
					}
					admittedHref = url.href;
				}
				res = await send(url, method, controller.signal);
				const status = res.statusCode;
				if (method === 'HEAD' && HEAD_REFUSED.has(status)) {
					await release(res, controller.signal);
					method = 'GET';
					continue;
				}
				if (status >= 300 && status < 400 && status !== 304 && res.headers.location) {
					await release(res, controller.signal);
					const location = String(res.headers.location);
					const step = nextHop(url, location, chain, domains, startOnDomain);
					if (!('next' in step)) {
						if (step.target) chain.push(step.target);
						const reason = 'reason' in step ? step.reason : undefined;
						return ended({
							outcome: step.outcome,
							reason,
							status,
							finalUrl: step.target ?? url.href
						});
					}
					url = step.next;
					chain.push(url.href);
					method = firstMethod;
					continue;
				}
				const wantBody =
					readBodies &&
					status >= 200 &&
					status < 300 &&
					bodyWorthReading(res.headers['content-type']);
				if (method === 'HEAD' && wantBody) {
					await release(res, controller.signal);
					method = 'GET';
					continue;
				}
				const read: BodyRead | undefined =
					method === 'GET' && wantBody ? await readBody(res, maxBytes) : undefined;
				if (!read) await release(res, controller.signal);
				const contentType = headerText(res.headers['content-type']);
				const outcome = classifyStatus(status, chain.length > 1, url, read);
				return ended({ ...outcome, status, finalUrl: url.href, contentType, ...read?.page });
			}
		} catch (err) {
			if (res) discard(res.body);
			return ended({ ...classifyError(err, controller.signal.aborted), finalUrl: url.href });
		} finally {
			clearTimeout(timer);
		}
	}

	return { check, close: () => agent.close() };
}

/**
 * Finish with a body that is not read (HEAD, redirects, error pages): up to 64 KB is drained so
 * the connection can serve the next request; anything longer closes it.
 */
async function release(res: Dispatcher.ResponseData, signal: AbortSignal): Promise<void> {
	try {
		await res.body.dump({ limit: 65_536, signal });
	} catch {
		discard(res.body);
	}
}

function headerText(value: string | string[] | undefined): string | undefined {
	return Array.isArray(value) ? value[0] : value;
}

/** Bodies worth a GET: pages and PDFs, or anything that does not say what it is. */
function bodyWorthReading(value: string | string[] | undefined): boolean {
	const mime = (headerText(value) ?? '').split(';')[0].trim().toLowerCase();
	return (
		mime === '' ||
		mime.includes('html') ||
		mime === 'application/pdf' ||
		mime === 'application/octet-stream' ||
		mime === 'text/plain'
	);
}

export type { BlockReason };
