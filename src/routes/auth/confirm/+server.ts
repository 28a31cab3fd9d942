import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { confirmLink } from '$lib/server/auth/supabase';
import { safeRedirect } from '$lib/safe-redirect';

/**
 * Supabase Auth mode: where e-mail links (sign-in, password reset, invitation) land. The link is
 * exchanged for a session (cookies set here) and the person goes on to `next`, a path on this
 * site; a used or expired link goes back to the sign-in page with a notice.
 */
export const GET: RequestHandler = async ({ locals, url }) => {
	if (!locals.supabase) redirect(303, '/login');
	const type = await confirmLink(locals.supabase, url);
	if (!type) redirect(303, '/login?sent=expired');
	// An invitation or a reset leads to choosing a password, whatever else the link says.
	if (type === 'invite' || type === 'recovery') redirect(303, '/account?reset=1');
	redirect(303, safeRedirect(url.searchParams.get('next')));
};
