/**
 * Which host a link points to, as the assessors judge it: on the agency's own domain (the domain
 * itself or any subdomain), or on a service they refuse (Google Drive, Facebook, URL shorteners).
 * Hosts are compared in the URL parser's ASCII form: lower case, IDN as punycode (so a Cyrillic
 * "а" never equals a Latin "a"), and one trailing dot removed (`agency.gov.` is `agency.gov`).
 */

export type FlaggedHost = 'google_drive' | 'facebook' | 'shortener';

/** A host or domain in comparable form, or '' when it is not a valid host. */
export function asciiHost(host: string): string {
	const trimmed = host.trim();
	if (!trimmed) return '';
	try {
		return new URL(`http://${trimmed}/`).hostname.replace(/\.$/, '');
	} catch {
		return '';
	}
}

function within(host: string, domain: string): boolean {
	return host === domain || host.endsWith(`.${domain}`);
}

/** Whether the URL's host is one of the domains or a subdomain of one. */
export function onDomain(url: string | URL, domains: readonly string[]): boolean {
	let host: string;
	try {
		host = (typeof url === 'string' ? new URL(url) : url).hostname.replace(/\.$/, '');
	} catch {
		return false;
	}
	if (!host) return false;
	return domains.some((d) => {
		const domain = asciiHost(d);
		return domain !== '' && within(host, domain);
	});
}

const FLAGGED: Record<FlaggedHost, readonly string[]> = {
	google_drive: [
		'drive.google.com',
		'docs.google.com',
		'sites.google.com',
		'drive.usercontent.google.com'
	],
	facebook: ['facebook.com', 'fb.com', 'fb.me', 'fb.watch', 'fbcdn.net'],
	shortener: [
		'bit.ly',
		'tinyurl.com',
		'goo.gl',
		't.co',
		'ow.ly',
		'is.gd',
		'cutt.ly',
		'shorturl.at',
		'rebrand.ly',
		's.id',
		'buff.ly',
		'rb.gy',
		'tiny.cc',
		'lin.ee',
		'shorturl.asia'
	]
};

/** The refused service a host belongs to (subdomains included), or null. */
export function flaggedHost(host: string): FlaggedHost | null {
	const ascii = asciiHost(host);
	if (!ascii) return null;
	for (const [kind, list] of Object.entries(FLAGGED) as [FlaggedHost, readonly string[]][]) {
		if (list.some((d) => within(ascii, d))) return kind;
	}
	return null;
}
