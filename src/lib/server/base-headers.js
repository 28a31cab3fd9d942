/**
 * The security headers of every response, static files included. One list for both places that
 * set them: the `handle` hook (SvelteKit's own responses) and the server wrapper the build writes
 * around adapter-node's handler (static files, and SvelteKit's refusals before `handle` runs),
 * so `node build` and `npm start` answer alike. HSTS is sent on every response: browsers only
 * act on it over https, where it belongs, and ignore it over plain http.
 */
export const BASE_HEADERS = Object.freeze({
	'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Frame-Options': 'DENY'
});
