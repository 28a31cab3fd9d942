import { env } from '$env/dynamic/private';
import type { PageServerLoad } from './$types';

/** Where a form post from another origin lands (hooks.server.ts): the address to use instead. */
export const load: PageServerLoad = ({ url, request }) => ({
	address: env.ORIGIN || url.origin,
	configured: Boolean(env.ORIGIN),
	// The address this browser used, as it sent it (with ORIGIN set, url.origin is ORIGIN).
	used: request.headers.get('host') ?? ''
});
