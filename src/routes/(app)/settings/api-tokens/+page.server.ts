import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { asRequestUser, requireRole, sqlState } from '$lib/server/request';
import { createToken, listTokens, revokeToken } from '$lib/server/auth/api-tokens';
import { failure, formObject, parseForm, text, invalid } from '$lib/server/forms';
import { translator } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals }) => {
	const member = requireRole(locals, 'coordinator');
	return { tokens: await asRequestUser(locals, (tx) => listTokens(tx, member.orgId)) };
};

const created = z.object({ name: text(100) });
const revoked = z.object({ id: z.uuid() });

export const actions: Actions = {
	/** The plain token goes back in this one response only; it is never stored or shown again. */
	create: async ({ request, locals }) => {
		const member = requireRole(locals, 'coordinator');
		const t = translator(locals.lang);
		const form = await request.formData();
		const parsed = parseForm(created, form, t, { name: 'tokens.name' });
		if (!parsed.ok) return invalid('create', parsed);
		try {
			const { token } = await asRequestUser(locals, (tx) =>
				createToken(tx, member.orgId, parsed.data.name)
			);
			return { action: 'create', name: parsed.data.name, token };
		} catch (e) {
			if (sqlState(e) !== '42501') throw e;
			return failure(403, {
				action: 'create',
				errors: { form: t('common.forbidden') },
				values: formObject(form)
			});
		}
	},
	revoke: async ({ request, locals }) => {
		const member = requireRole(locals, 'coordinator');
		const t = translator(locals.lang);
		const parsed = parseForm(revoked, await request.formData(), t);
		if (!parsed.ok) return failure(400, { action: 'revoke', errors: parsed.errors });
		const ok = await asRequestUser(locals, (tx) => revokeToken(tx, member.orgId, parsed.data.id));
		if (!ok) return failure(404, { action: 'revoke', errors: { form: t('tokens.gone') } });
		return { action: 'revoke', revoked: true };
	}
};
