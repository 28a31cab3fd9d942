import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { asRequestUser, requireRole } from '$lib/server/request';
import { failure, invalid, parseForm } from '$lib/server/forms';
import * as editions from '$lib/server/editions';
import { translator } from '$lib/i18n';
import { applyFile, fileLimit, previewFile } from './import.server';

/** Every edition the caller sees (shipped ones and its organisation's own), newest year first. */
export const load: PageServerLoad = async ({ locals }) => {
	const list = await asRequestUser(locals, (tx) => editions.list(tx));
	return {
		editions: list.map((e) => ({
			id: e.id,
			fiscal_year: e.fiscal_year,
			status: e.status,
			title_th: e.title_th,
			title_en: e.title_en,
			source: e.source,
			items: e.items,
			rounds: e.rounds
		})),
		canEdit: locals.member?.role === 'coordinator',
		limit: fileLimit()
	};
};

const copyForm = z.object({
	source: z.uuid(),
	fiscal_year: z.coerce.number().int().min(2560, 'ed.error.year').max(2700, 'ed.error.year')
});

export const actions: Actions = {
	copy: async ({ request, locals }) => {
		const member = requireRole(locals, 'coordinator');
		const t = translator(locals.lang);
		const parsed = parseForm(copyForm, await request.formData(), t);
		if (!parsed.ok) return invalid('copy', parsed);
		const { source, fiscal_year } = parsed.data;
		const id = await asRequestUser(locals, (tx) =>
			editions.copy(tx, source, member.orgId, fiscal_year)
		);
		if (!id) return failure(404, { action: 'copy', errors: { form: t('ed.error.notFound') } });
		redirect(303, `/editions/${id}?edit=1&copied=1`);
	},
	preview: previewFile,
	apply: applyFile
};
