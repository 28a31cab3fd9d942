import { BASE_HEADERS } from './base-headers.js';

/**
 * The security headers of a SvelteKit response: the base set (also set by the server wrapper
 * for static files) and `Cache-Control: no-store` when signed in. The CSP with its nonce comes
 * from svelte.config.js.
 */
export function securityHeaders(headers: Headers, signedIn: boolean): void {
	for (const [name, value] of Object.entries(BASE_HEADERS)) {
		if (!headers.has(name)) headers.set(name, value);
	}
	if (signedIn) headers.set('Cache-Control', 'no-store');
}
