/**
 * The sockets the checker opens. Every name is resolved through one resolver and EVERY address it
 * returns must pass `addressAllowed`, or the connection is refused (the stricter rule: a name
 * that also points inside the network is not checked at all, rather than filtered down to its
 * public addresses). The check runs inside undici's connect `lookup`, so the address connected
 * to is the address checked, whatever an earlier lookup said (DNS rebinding). Literal IP hosts
 * never reach the lookup hook; `admit` in guard.ts refuses them first.
 */
import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { Agent, buildConnector } from 'undici';
import { addressAllowed } from './guard';

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

export const BLOCKED_CODE = 'ERR_LINKCHECK_DESTINATION';
export const UNRESOLVABLE_CODE = 'ERR_LINKCHECK_UNRESOLVABLE';

function coded(message: string, code: string): Error {
	return Object.assign(new Error(message), { code });
}

/** The system resolver (getaddrinfo, as a browser would use), every address. */
export const systemResolver: Resolver = (hostname) =>
	new Promise((resolve, reject) => {
		dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) =>
			err ? reject(err) : resolve(addresses)
		);
	});

/**
 * Resolve a name and judge every address, within `timeoutMs`. Throws UNRESOLVABLE_CODE for a
 * failure, an empty answer or a timeout, and BLOCKED_CODE when any address is not allowed.
 */
export async function resolveChecked(
	resolver: Resolver,
	hostname: string,
	allowLoopback: boolean,
	timeoutMs: number
): Promise<LookupAddress[]> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(coded('DNS timeout', UNRESOLVABLE_CODE)), timeoutMs);
	});
	let addresses: LookupAddress[];
	try {
		addresses = await Promise.race([resolver(hostname), timeout]);
	} catch (err) {
		const code = (err as { code?: string }).code;
		throw code === UNRESOLVABLE_CODE ? err : coded(`DNS: ${code ?? 'error'}`, UNRESOLVABLE_CODE);
	} finally {
		clearTimeout(timer);
	}
	if (!Array.isArray(addresses) || addresses.length === 0) {
		throw coded('DNS: no address', UNRESOLVABLE_CODE);
	}
	if (addresses.some((a) => !addressAllowed(a.address, allowLoopback))) {
		throw coded(`destination not allowed: ${hostname}`, BLOCKED_CODE);
	}
	return addresses;
}

type LookupCallback = (
	err: Error | null,
	address: string | LookupAddress[],
	family?: number
) => void;

export interface TransportOptions {
	resolver: Resolver;
	allowLoopback: boolean;
	connectTimeoutMs: number;
	readTimeoutMs: number;
	/** Tests only: the port actually dialled for a URL (the URL itself keeps port 80/443). */
	portFor?: (protocol: string) => number;
	/** Tests only: the certificate authority of a local https test server. */
	ca?: string;
}

/** An undici Agent whose every connection goes through the checked lookup. */
export function createAgent(opts: TransportOptions): Agent {
	const lookup = (hostname: string, options: LookupOptions, callback: LookupCallback) => {
		resolveChecked(opts.resolver, hostname, opts.allowLoopback, opts.connectTimeoutMs).then(
			(all) => {
				const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
				const list = wanted ? all.filter((a) => a.family === wanted) : all;
				if (list.length === 0) return callback(coded('DNS: no address', UNRESOLVABLE_CODE), '');
				if (options.all) return callback(null, list);
				callback(null, list[0].address, list[0].family);
			},
			(err: Error) => callback(err, '')
		);
	};
	const connector = buildConnector({
		timeout: opts.connectTimeoutMs,
		lookup,
		...(opts.ca ? { ca: opts.ca } : {})
	});
	const portFor = opts.portFor;
	return new Agent({
		connect: portFor
			? (options, callback) =>
					connector({ ...options, port: String(portFor(options.protocol)) }, callback)
			: connector,
		headersTimeout: opts.readTimeoutMs,
		bodyTimeout: opts.readTimeoutMs,
		keepAliveTimeout: 4_000
	});
}

/** Drop a response body without reading it (an abort error on it is expected, not a fault). */
export function discard(body: {
	on(event: 'error', listener: () => void): unknown;
	destroy(): unknown;
}) {
	body.on('error', () => {});
	body.destroy();
}
