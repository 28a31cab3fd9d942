import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { changeOwnPassword } from '$lib/server/auth/password-changes';
import { failure, parseForm, password } from '$lib/server/forms';
import { translator } from '$lib/i18n';
import { changePassword } from '$lib/server/auth/supabase';

export const load: PageServerLoad = ({ locals, url }) => ({
	email: locals.user!.email,
	isDemo: Boolean(locals.member?.isDemo),
	mustChange: locals.user!.mustChangePassword,
	// Supabase Auth mode: the signed-in session is proof enough (a reset link leads here).
	askCurrent: !locals.supabase,
	fromReset: url.searchParams.get('reset') === '1'
});

const schema = z
	.object({ current: z.string().min(1).max(1024), password, password_confirm: z.string() })
	.refine((v) => v.password === v.password_confirm, {
		message: 'v.passwordMismatch',
		path: ['password_confirm']
	})
	.refine((v) => v.password !== v.current, { message: 'account.samePassword', path: ['password'] });

/** Supabase Auth mode: Supabase Auth keeps the password; it checks the session, not the old one. */
const supabaseSchema = z
	.object({ password, password_confirm: z.string() })
	.refine((v) => v.password === v.password_confirm, {
		message: 'v.passwordMismatch',
		path: ['password_confirm']
	});

const labels = { current: 'account.current', password: 'account.new' } as const;

export const actions: Actions = {
	password: async ({ request, locals }) => {
		const t = translator(locals.lang);
		if (locals.supabase) {
			const form = parseForm(supabaseSchema, await request.formData(), t, labels);
			if (!form.ok) return failure(400, { errors: form.errors });
			if (!(await changePassword(locals.supabase, form.data.password)))
				return failure(400, { errors: { form: t('supa.passwordRefused') } });
			return { changed: true };
		}
		const parsed = parseForm(schema, await request.formData(), t, labels);
		if (!parsed.ok) return failure(400, { errors: parsed.errors });
		const result = await changeOwnPassword(locals.db, {
			userId: locals.user!.id,
			current: parsed.data.current,
			next: parsed.data.password,
			keepSession: locals.sessionToken
		});
		if (result === 'wrongPassword')
			return failure(400, { errors: { current: t('account.wrongPassword') } });
		if (result === 'refused') return failure(403, { errors: { form: t('account.demoRefused') } });
		return { changed: true };
	}
};
