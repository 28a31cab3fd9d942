import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { asRequestUser, requireRole } from '$lib/server/request';
import { getOrganisation, ORG_TYPES, updateOrganisation } from '$lib/server/orgs';
import { domainList, parseForm, province, text, failure } from '$lib/server/forms';
import { translator } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals }) => {
	const member = requireRole(locals, 'coordinator');
	const org = await asRequestUser(locals, (tx) => getOrganisation(tx, member.orgId));
	if (!org) error(404, 'Not found');
	return { org, orgTypes: ORG_TYPES };
};

/** The form; a province stored before the list of 77 (`kept`) stays valid while unchanged. */
const schemaFor = (kept: string) =>
	z.object({
		version: z.coerce.number().int().positive(),
		name: text(200).min(2),
		org_type: z.enum(ORG_TYPES),
		province: province(kept),
		domains: domainList
	});
const labels = { name: 'setup.orgName', province: 'setup.province' } as const;

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const member = requireRole(locals, 'coordinator');
		const t = translator(locals.lang);
		const org = await asRequestUser(locals, (tx) => getOrganisation(tx, member.orgId));
		if (!org) error(404, 'Not found');
		const parsed = parseForm(schemaFor(org.province), await request.formData(), t, labels);
		if (!parsed.ok) return failure(400, { errors: parsed.errors, values: parsed.values });
		const d = parsed.data;
		const ok = await asRequestUser(locals, (tx) =>
			updateOrganisation(tx, member.orgId, d.version, {
				name: d.name,
				orgType: d.org_type,
				province: d.province,
				domains: d.domains
			})
		);
		if (!ok) return failure(409, { errors: { form: t('common.conflict') } });
		return { saved: true };
	}
};
