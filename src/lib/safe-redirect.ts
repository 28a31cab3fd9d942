/**
 * A redirect target taken from a query or form field: only a path on this site survives;
 * anything else (other hosts, `//host`, `/\host`, schemes, control characters) becomes '/'.
 */
export function safeRedirect(value: string | null | undefined): string {
	if (!value || !value.startsWith('/') || value.startsWith('//')) return '/';
	// Control characters are exactly what this check looks for (URL parsers drop tabs and newlines).
	// eslint-disable-next-line no-control-regex
	if (/[\\\u0000-\u001f\u007f]/.test(value)) return '/';
	const base = 'http://app.invalid';
	const url = new URL(value, base);
	return url.origin === base ? url.pathname + url.search + url.hash : '/';
}
