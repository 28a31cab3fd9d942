/** Headers every response carries (the CSP with its nonce is set by SvelteKit from svelte.config.js). */
export function securityHeaders(headers: Headers, signedIn: boolean): void {
	headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	headers.set('X-Content-Type-Options', 'nosniff');
	headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	headers.set('X-Frame-Options', 'DENY');
	if (signedIn) headers.set('Cache-Control', 'no-store');
}
