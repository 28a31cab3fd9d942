import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { endSession, SESSION_COOKIE } from '$lib/server/auth/sessions';
import { signOut } from '$lib/server/auth/supabase';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals, cookies }) => {
		if (locals.supabase) {
			// The Auth server ends the session; its cookies are cleared by the client.
			await signOut(locals.supabase);
			redirect(303, '/login');
		}
		const token = cookies.get(SESSION_COOKIE);
		if (token) await endSession(locals.db, token);
		cookies.delete(SESSION_COOKIE, { path: '/' });
		redirect(303, '/login');
	}
};
