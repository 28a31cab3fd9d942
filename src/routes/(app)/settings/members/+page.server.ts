import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { asRequestUser, requireRole, sqlState } from '$lib/server/request';
import { listMembers, removeMember, ROLES, updateMember } from '$lib/server/members';
import { listDivisions } from '$lib/server/divisions';
import { createMemberAccount, DemoAccount } from '$lib/server/member-accounts';
import { resetPassword } from '$lib/server/auth/password-changes';
import {
	email,
	formObject,
	keepValues,
	parseForm,
	password,
	text,
	failure,
	invalid
} from '$lib/server/forms';
import { translator, type Translate } from '$lib/i18n';
import { supabaseAuth, serverConfig } from '$lib/server/config';
import { InviteFailed, inviteAuthUser } from '$lib/server/auth/supabase-admin';
import { mailerClient, sendPasswordReset } from '$lib/server/auth/supabase';

export const load: PageServerLoad = async ({ locals }) => {
	const member = requireRole(locals, 'coordinator');
	return asRequestUser(locals, async (tx) => ({
		members: await listMembers(tx, member.orgId),
		divisions: (await listDivisions(tx, member.orgId)).filter((d) => !d.archived_at),
		me: locals.user!.id,
		// Supabase Auth mode: people are invited by e-mail and reset their own password by e-mail.
		byEmail: Boolean(locals.supabase)
	}));
};

const divisionIds = z.preprocess(
	(v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
	z.array(z.uuid()).max(50)
);
const roleFields = { role: z.enum(ROLES), division_ids: divisionIds };
const needsDivision = (v: { role: string; division_ids: string[] }) =>
	v.role !== 'contributor' || v.division_ids.length > 0;
const divisionRule = { message: 'members.needDivision', path: ['division_ids'] };

const createSchema = z
	.object({ full_name: text(200), email, password, ...roleFields })
	.refine(needsDivision, divisionRule);
const inviteSchema = z
	.object({ full_name: text(200), email, ...roleFields })
	.refine(needsDivision, divisionRule);
const updateSchema = z
	.object({ id: z.uuid(), version: z.coerce.number().int().positive(), ...roleFields })
	.refine(needsDivision, divisionRule);
const labels = {
	full_name: 'setup.fullName',
	email: 'common.email',
	password: 'common.password'
} as const;

function refusal(e: unknown, t: Translate): Record<string, string> {
	if (e instanceof DemoAccount) return { email: t('members.demoAccount') };
	if (e instanceof InviteFailed) {
		console.warn(JSON.stringify({ level: 'warn', event: 'invite_failed', message: e.message }));
		return { form: t('supa.inviteFailed') };
	}
	const state = sqlState(e);
	if (state === '23505') return { email: t('members.alreadyMember') };
	if (state === '23514') return { form: t('members.lastCoordinator') };
	// A division id that is not one of this organisation's (composite foreign key).
	if (state === '23503') return { division_ids: t('v.unknownChoice') };
	if (state === '42501') return { form: t('common.forbidden') };
	throw e;
}

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const member = requireRole(locals, 'coordinator');
		const t = translator(locals.lang);
		const form = await request.formData();
		const settings = supabaseAuth();
		if (locals.supabase && settings) {
			const parsed = parseForm(inviteSchema, form, t, labels);
			if (!parsed.ok) return invalid('create', parsed);
			const d = parsed.data;
			const back = `${serverConfig().appUrl}/auth/confirm`;
			try {
				await createMemberAccount(
					locals.db,
					locals.user!.id,
					{
						orgId: member.orgId,
						fullName: d.full_name,
						email: d.email,
						role: d.role,
						divisionIds: d.role === 'contributor' ? d.division_ids : []
					},
					(tx, input) => inviteAuthUser(settings, tx, input, back)
				);
			} catch (e) {
				return failure(400, {
					action: 'create',
					errors: refusal(e, t),
					values: keepValues(formObject(form))
				});
			}
			return { action: 'create', saved: true, invited: d.email };
		}
		const parsed = parseForm(createSchema, form, t, labels);
		if (!parsed.ok) return invalid('create', parsed);
		const d = parsed.data;
		try {
			await createMemberAccount(locals.db, locals.user!.id, {
				orgId: member.orgId,
				fullName: d.full_name,
				email: d.email,
				password: d.password,
				role: d.role,
				divisionIds: d.role === 'contributor' ? d.division_ids : []
			});
		} catch (e) {
			return failure(400, {
				action: 'create',
				errors: refusal(e, t),
				values: keepValues(formObject(form))
			});
		}
		return { action: 'create', saved: true, created: d.email };
	},
	update: async ({ request, locals }) => {
		const member = requireRole(locals, 'coordinator');
		const t = translator(locals.lang);
		const parsed = parseForm(updateSchema, await request.formData(), t);
		if (!parsed.ok) return invalid('update', parsed, 'id');
		const d = parsed.data;
		try {
			const ok = await asRequestUser(locals, (tx) =>
				updateMember(tx, {
					orgId: member.orgId,
					id: d.id,
					role: d.role,
					divisionIds: d.role === 'contributor' ? d.division_ids : [],
					version: d.version
				})
			);
			if (!ok)
				return failure(409, { action: 'update', id: d.id, errors: { form: t('common.conflict') } });
		} catch (e) {
			return failure(400, { action: 'update', id: d.id, errors: refusal(e, t) });
		}
		return { action: 'update', id: d.id, saved: true };
	},
	/** A temporary password for a member, shown once; the member's sessions end. */
	reset: async ({ request, locals }) => {
		const member = requireRole(locals, 'coordinator');
		const t = translator(locals.lang);
		const parsed = parseForm(z.object({ id: z.uuid() }), await request.formData(), t);
		if (!parsed.ok) return invalid('reset', parsed);
		const target = await asRequestUser(locals, async (tx) =>
			(await listMembers(tx, member.orgId)).find((m) => m.id === parsed.data.id)
		);
		if (!target) return failure(404, { action: 'reset', errors: { form: t('common.notFound') } });
		const settings = supabaseAuth();
		if (locals.supabase && settings) {
			// Supabase Auth keeps passwords: the member gets a link to choose a new one.
			const back = `${serverConfig().appUrl}/auth/confirm`;
			if (!(await sendPasswordReset(mailerClient(settings), target.email, back)))
				return failure(400, { action: 'reset', errors: { form: t('supa.sent.refused') } });
			return { action: 'reset', name: target.full_name, emailed: target.email };
		}
		const temporary = await resetPassword(locals.db, locals.user!.id, target.user_id);
		if (!temporary)
			return failure(403, { action: 'reset', errors: { form: t('members.resetRefused') } });
		return { action: 'reset', name: target.full_name, temporary };
	},
	remove: async ({ request, locals }) => {
		const member = requireRole(locals, 'coordinator');
		const t = translator(locals.lang);
		const parsed = parseForm(z.object({ id: z.uuid() }), await request.formData(), t);
		if (!parsed.ok) return invalid('remove', parsed);
		try {
			const ok = await asRequestUser(locals, (tx) =>
				removeMember(tx, member.orgId, parsed.data.id)
			);
			if (!ok) return failure(404, { action: 'remove', errors: { form: t('common.notFound') } });
		} catch (e) {
			return failure(400, { action: 'remove', errors: refusal(e, t) });
		}
		return { action: 'remove', saved: true };
	}
};
