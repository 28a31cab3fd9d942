import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { installState } from '$lib/server/orgs';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '$lib/server/demo';
import { checkCredentials } from '$lib/server/auth/accounts';
import { createSession, SESSION_COOKIE, SESSION_HOURS } from '$lib/server/auth/sessions';
import { forgetFailures, recordFailure, retryAfter } from '$lib/server/auth/rate-limit';
import { asSystem } from '$lib/server/db/with-user';
import { safeRedirect } from '$lib/safe-redirect';
import { translator } from '$lib/i18n';
import { sessionCookieOptions } from '$lib/server/auth/cookie';
import { formObject, unstorableFields } from '$lib/server/forms';
import { signIn } from '$lib/server/auth/supabase';

/** Notices after an e-mail link was asked for or followed (Supabase Auth mode). */
const SENT = ['link', 'reset', 'invalid', 'refused', 'expired'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
	const redirectTo = safeRedirect(url.searchParams.get('redirectTo'));
	if (locals.user) redirect(303, redirectTo);
	const state = await installState(locals.db);
	if (!state.ownOrg && !state.demo) redirect(303, '/setup');
	return {
		redirectTo,
		created: url.searchParams.get('created') === '1',
		setupAvailable: !state.ownOrg,
		// Embedded accounts: a coordinator resets a forgotten password. Supabase Auth mode: e-mail
		// links (sign-in link, password reset) instead.
		forgotHint: !locals.supabase,
		emailLinks: Boolean(locals.supabase),
		sent: SENT.find((s) => s === url.searchParams.get('sent')) ?? null,
		// The demo's public password is shown only while the demo is all there is.
		demo:
			state.demo && !state.ownOrg
				? {
						password: DEMO_PASSWORD,
						accounts: DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role }))
					}
				: null
	};
};

/** The client's address, or null when the configured ADDRESS_HEADER is missing. */
function clientAddress(get: () => string): string | null {
	try {
		return get() || null;
	} catch {
		return null;
	}
}

const schema = z.object({
	email: z.string().trim().toLowerCase().min(1).max(254),
	password: z.string().min(1).max(1024),
	redirectTo: z.string().max(2048).optional()
});

export const actions: Actions = {
	default: async ({ request, locals, cookies, getClientAddress, setHeaders, url }) => {
		const t = translator(locals.lang);
		const raw = formObject(await request.formData());
		const bad = unstorableFields(raw, t);
		if (bad) return fail(400, { email: '', error: bad.form });
		const parsed = schema.safeParse(raw);
		if (!parsed.success) return fail(400, { email: '', error: t('login.failed') });
		const { email, password, redirectTo } = parsed.data;
		if (locals.supabase) {
			// Supabase Auth counts failures and slows sign-ins down itself (its rate limits).
			if (!(await signIn(locals.supabase, email, password))) {
				console.warn(JSON.stringify({ level: 'warn', event: 'login_failed' }));
				return fail(400, { email, error: t('login.failed') });
			}
			redirect(303, safeRedirect(redirectTo));
		}
		const address = clientAddress(getClientAddress);
		if (!address) {
			// ADDRESS_HEADER is set but the request did not come through the proxy that sets it.
			console.warn(JSON.stringify({ level: 'warn', event: 'login_no_address' }));
			return fail(400, { email, error: t('login.failed') });
		}

		const wait = await retryAfter(locals.db, address, email);
		if (wait > 0) {
			setHeaders({ 'Retry-After': String(wait) });
			console.warn(JSON.stringify({ level: 'warn', event: 'login_throttled', address }));
			const error =
				wait < 60
					? t('login.wait', { seconds: wait })
					: t('login.throttled', { minutes: Math.ceil(wait / 60) });
			return fail(429, { email, error });
		}
		const userId = await asSystem(locals.db, 'auth', (tx) => checkCredentials(tx, email, password));
		if (!userId) {
			await recordFailure(locals.db, address, email);
			console.warn(JSON.stringify({ level: 'warn', event: 'login_failed', address }));
			return fail(400, { email, error: t('login.failed') });
		}
		await forgetFailures(locals.db, address, email);
		const session = await createSession(locals.db, userId);
		cookies.set(SESSION_COOKIE, session.token, {
			...sessionCookieOptions(url),
			maxAge: SESSION_HOURS * 3600
		});
		redirect(303, safeRedirect(redirectTo));
	}
};
