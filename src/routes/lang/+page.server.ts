import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { LANG_COOKIE, parseLang } from '$lib/i18n';
import { safeRedirect } from '$lib/safe-redirect';

export const load: PageServerLoad = () => redirect(303, '/');

/** The TH/EN switch: a plain form, so it works without JavaScript. */
export const actions: Actions = {
	default: async ({ request, cookies }) => {
		const form = await request.formData();
		const lang = parseLang(String(form.get('lang') ?? ''));
		cookies.set(LANG_COOKIE, lang, {
			path: '/',
			httpOnly: false,
			sameSite: 'lax',
			secure: false,
			maxAge: 365 * 24 * 3600
		});
		redirect(303, safeRedirect(String(form.get('redirectTo') ?? '/')));
	}
};
