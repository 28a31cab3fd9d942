/**
 * Evidence URLs: http/https only, at most 2,048 characters, no credentials, stored in the URL
 * standard's normal form. The scheme is read from the parsed URL, never from the raw text
 * (`JaVaScRiPt:`, ' javascript:' and 'java\tscript:' all parse as `javascript:`).
 */
export const MAX_URL_LENGTH = 2048;

export type UrlProblem = 'empty' | 'too_long' | 'not_a_url' | 'scheme' | 'credentials';

export function normaliseEvidenceUrl(raw: string): { url: string } | { problem: UrlProblem } {
	const text = raw.trim();
	if (!text) return { problem: 'empty' };
	if (text.length > MAX_URL_LENGTH) return { problem: 'too_long' };
	let parsed: URL;
	try {
		parsed = new URL(text);
	} catch {
		return { problem: 'not_a_url' };
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { problem: 'scheme' };
	if (parsed.username || parsed.password) return { problem: 'credentials' };
	if (!parsed.hostname) return { problem: 'not_a_url' };
	parsed.hostname = parsed.hostname.replace(/\.$/, '');
	const url = parsed.href;
	return url.length > MAX_URL_LENGTH ? { problem: 'too_long' } : { url };
}

/** A link target safe to render: the normalised URL, or null (shown as plain text) otherwise. */
export function safeHref(stored: string | null | undefined): string | null {
	if (!stored) return null;
	const result = normaliseEvidenceUrl(stored);
	return 'url' in result ? result.url : null;
}

/** Characters a decoded URL must not show: controls, spaces and direction marks that could hide its target. */
const UNSHOWABLE =
	// eslint-disable-next-line no-control-regex -- control characters are what this looks for
	/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;

/**
 * A stored URL as a person reads it: Thai letters decoded ('…/ประกาศ.pdf', not '%E0%B8…').
 * Stored and exported URLs stay percent-encoded ASCII, the form ITAS accepts. Text that does
 * not decode, or decodes to characters that could hide the target, is shown as stored.
 */
export function displayUrl(stored: string | null | undefined): string {
	if (!stored) return '';
	try {
		const decoded = decodeURI(stored);
		return UNSHOWABLE.test(decoded) ? stored : decoded;
	} catch {
		return stored;
	}
}
