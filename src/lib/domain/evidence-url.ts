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
