import { env } from '$env/dynamic/private';
import type { PageServerLoad } from './$types';

/** Where a form post from another origin lands (hooks.server.ts): the address to use instead. */
export const load: PageServerLoad = ({ url }) => ({
	address: env.ORIGIN || url.origin,
	configured: Boolean(env.ORIGIN),
	// The host this browser used, as the refusal passed it on (with ORIGIN set, url is ORIGIN's).
	used: (url.searchParams.get('from') ?? '').slice(0, 300)
});
