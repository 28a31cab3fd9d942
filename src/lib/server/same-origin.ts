/**
 * Cross-site form posts are refused (CSRF). SvelteKit's own check is off (svelte.config.js) because
 * it compares with ORIGIN, which people on the office network do not type, and answers with a bare
 * 403 that a sign-in form shows as nothing. The rule here:
 *  - ORIGIN set (behind a proxy): a form post must come from exactly that origin;
 *  - ORIGIN unset: from the host and port the request was sent to (its Host header), whatever the
 *    address — localhost, 127.0.0.1, this PC's network address. A form on another site carries
 *    that site's Origin, so it never matches.
 */

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A request a form on any web page could send: the ones the check is about (as in SvelteKit). */
export function isFormPost(request: Request): boolean {
	const type = request.headers.get('content-type')?.split(';', 1)[0].trim().toLowerCase() ?? '';
	return UNSAFE.has(request.method) && FORM_TYPES.includes(type);
}

/** Whether a form post's Origin header is this app's own. */
export function sameOrigin(
	origin: string | null,
	url: URL,
	configured: string | undefined
): boolean {
	if (!origin) return false;
	if (configured) return origin === url.origin;
	try {
		return new URL(origin).host === url.host;
	} catch {
		return false;
	}
}
