const BASE = 'http://app.invalid';

/** True when `path`, read by a browser as a Location on this site, stays on this site. */
const staysHere = (path: string) =>
	path.startsWith('/') && !/^\/[/\\]/.test(path) && new URL(path, BASE).origin === BASE;

/**
 * A redirect target taken from a query or form field: only a path on this site survives;
 * anything else (other hosts, `//host`, `/\host`, schemes, control characters, and paths such as
 * `/..//host` that become `//host` once dot segments are resolved) becomes '/'.
 */
export function safeRedirect(value: string | null | undefined): string {
	if (!value || !staysHere(value)) return '/';
	// Control characters are exactly what this check looks for (URL parsers drop tabs and newlines).
	// eslint-disable-next-line no-control-regex
	if (/[\\\u0000-\u001f\u007f]/.test(value)) return '/';
	const url = new URL(value, BASE);
	const path = url.pathname + url.search + url.hash;
	// The normalised path is what the browser gets: it must pass the same test again.
	return url.origin === BASE && staysHere(path) ? path : '/';
}
