import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { sendPasswordReset, sendSignInLink } from '$lib/server/auth/supabase';
import { serverConfig } from '$lib/server/config';
import { email, formObject } from '$lib/server/forms';

/**
 * Supabase Auth mode: e-mail links, asked for on the sign-in page. The answer is the same whether
 * or not the address has an account (no enumeration); Supabase Auth limits how often it sends.
 */
export const load: PageServerLoad = () => redirect(303, '/login');

const schema = z.object({ email });

async function send(
	request: Request,
	locals: App.Locals,
	kind: 'link' | 'reset',
	next: string
): Promise<never> {
	if (!locals.supabase) redirect(303, '/login');
	const parsed = schema.safeParse(formObject(await request.formData()));
	if (!parsed.success) redirect(303, '/login?sent=invalid');
	const back = `${serverConfig().appUrl}/auth/confirm?next=${encodeURIComponent(next)}`;
	const ok =
		kind === 'link'
			? await sendSignInLink(locals.supabase, parsed.data.email, back)
			: await sendPasswordReset(locals.supabase, parsed.data.email, back);
	if (!ok) console.warn(JSON.stringify({ level: 'warn', event: 'email_link_refused', kind }));
	redirect(303, `/login?sent=${ok ? kind : 'refused'}`);
}

export const actions: Actions = {
	link: ({ request, locals }) => send(request, locals, 'link', '/'),
	reset: ({ request, locals }) => send(request, locals, 'reset', '/account?reset=1')
};
