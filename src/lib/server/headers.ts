/**
 * Headers of signed-in responses. The base security headers (HSTS, nosniff, Referrer-Policy,
 * frame denial) are set for every response by the server in scripts/serve.js; the CSP with its
 * nonce by SvelteKit from svelte.config.js.
 */
export function securityHeaders(headers: Headers, signedIn: boolean): void {
	if (signedIn) headers.set('Cache-Control', 'no-store');
}
