import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { changeOwnPassword } from '$lib/server/auth/password-changes';
import { failure, parseForm, password } from '$lib/server/forms';
import { translator } from '$lib/i18n';

export const load: PageServerLoad = ({ locals }) => ({
	email: locals.user!.email,
	isDemo: Boolean(locals.member?.isDemo),
	mustChange: locals.user!.mustChangePassword
});

const schema = z
	.object({ current: z.string().min(1).max(1024), password, password_confirm: z.string() })
	.refine((v) => v.password === v.password_confirm, {
		message: 'v.passwordMismatch',
		path: ['password_confirm']
	})
	.refine((v) => v.password !== v.current, { message: 'account.samePassword', path: ['password'] });

const labels = { current: 'account.current', password: 'account.new' } as const;

export const actions: Actions = {
	password: async ({ request, locals }) => {
		const t = translator(locals.lang);
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
