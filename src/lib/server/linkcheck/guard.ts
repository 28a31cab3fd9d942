/**
 * URL admission for the link checker, before any DNS query or socket: http/https only, ports 80
 * and 443 only, no user name or password, and no literal IP address outside public unicast space.
 * Hosts are read from the WHATWG URL parser, which already turns `127.1`, `0x7f.1`, `2130706433`
 * and `017700000001` into `127.0.0.1` and `[::ffff:127.0.0.1]` into `[::ffff:7f00:1]`; ipaddr.js
 * then classifies the address. Names are resolved later and every address is checked again with
 * `addressAllowed` when the socket connects (undici does not call the lookup hook for literals,
 * which is why literals are checked here).
 */
import ipaddr from 'ipaddr.js';

export type BlockReason =
	| 'scheme_not_allowed'
	| 'port_not_allowed'
	| 'credentials'
	| 'destination_not_allowed'
	| 'unresolvable'
	| 'invalid_url';

export type Admission =
	{ ok: true; url: URL; literal: boolean } | { ok: false; reason: BlockReason };

const EXTRA_BLOCKED_V4: [string, number][] = [
	['198.18.0.0', 15], // benchmarking (RFC 2544)
	['240.0.0.0', 4] // reserved, includes 255.255.255.255
];

/** Embedded IPv4 of an IPv4-mapped or NAT64 well-known-prefix (64:ff9b::/96) address. */
function embeddedV4(addr: ipaddr.IPv6): ipaddr.IPv4 | null {
	const range = addr.range();
	if (range === 'ipv4Mapped') return addr.toIPv4Address();
	if (range === 'rfc6052' && addr.match(ipaddr.IPv6.parse('64:ff9b::'), 96)) {
		const bytes = addr.toByteArray().slice(12);
		return ipaddr.fromByteArray(bytes) as ipaddr.IPv4;
	}
	return null;
}

function v4Allowed(addr: ipaddr.IPv4): boolean {
	if (addr.range() !== 'unicast') return false;
	return !EXTRA_BLOCKED_V4.some(([net, bits]) => addr.match(ipaddr.IPv4.parse(net), bits));
}

/**
 * Whether the checker may connect to this address: public unicast only. IPv4-mapped and NAT64
 * addresses are judged by the IPv4 address they carry; 6to4, Teredo and every other special
 * range are refused. `allowLoopback` (tests only) also admits 127.0.0.0/8 and ::1.
 */
export function addressAllowed(ip: string, allowLoopback = false): boolean {
	if (!ipaddr.isValid(ip)) return false;
	let addr = ipaddr.parse(ip);
	if (addr.kind() === 'ipv6') {
		const v4 = embeddedV4(addr as ipaddr.IPv6);
		if (v4) addr = v4;
	}
	if (allowLoopback && addr.range() === 'loopback') return true;
	if (addr.kind() === 'ipv4') return v4Allowed(addr as ipaddr.IPv4);
	// ::/96 holds the deprecated IPv4-compatible form (::127.0.0.1), which ipaddr.js calls unicast.
	if (addr.match(ipaddr.IPv6.parse('::'), 96)) return false;
	return addr.range() === 'unicast';
}

/** The host as the URL parser gives it, without IPv6 brackets. */
export function bareHost(url: URL): string {
	return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** Whether the parsed host is an IP address rather than a name. */
export function isLiteral(url: URL): boolean {
	const host = bareHost(url);
	return host.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(host);
}

/**
 * Admit a URL (a string or an already parsed URL) or say why not. Literal IP hosts are always
 * judged strictly, even by a checker that allows loopback for its test fixture.
 */
export function admit(input: string | URL): Admission {
	let url: URL;
	try {
		url = typeof input === 'string' ? new URL(input) : input;
	} catch {
		return { ok: false, reason: 'invalid_url' };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return { ok: false, reason: 'scheme_not_allowed' };
	}
	if (url.username || url.password) return { ok: false, reason: 'credentials' };
	if (!url.hostname) return { ok: false, reason: 'destination_not_allowed' };
	const literal = isLiteral(url);
	if (literal && !addressAllowed(bareHost(url))) {
		return { ok: false, reason: 'destination_not_allowed' };
	}
	if (url.port !== '' && url.port !== '80' && url.port !== '443') {
		return { ok: false, reason: 'port_not_allowed' };
	}
	return { ok: true, url, literal };
}
