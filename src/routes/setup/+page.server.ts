import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { installState, ORG_TYPES } from '$lib/server/orgs';
import { createOrganisation, EditionUnavailable } from '$lib/server/setup';
import { choicesFor, currentFiscalYear, defaultChoice } from '$lib/server/rounds';
import { withAnon } from '$lib/server/db/with-user';
import { loadDemo } from '$lib/server/demo';
import { EmailTaken } from '$lib/server/auth/accounts';
import {
	domainList,
	email,
	parseForm,
	password,
	province,
	text,
	keepValues,
	formObject,
	failure
} from '$lib/server/forms';
import { translator } from '$lib/i18n';
import { createSession, SESSION_COOKIE, SESSION_HOURS } from '$lib/server/auth/sessions';
import { signIn } from '$lib/server/auth/supabase';
import { createAuthUser, InviteFailed } from '$lib/server/auth/supabase-admin';
import { supabaseAuth } from '$lib/server/config';
import { sessionCookieOptions } from '$lib/server/auth/cookie';

export const load: PageServerLoad = async ({ locals }) => {
	const state = await installState(locals.db);
	if (state.ownOrg) redirect(303, '/login');
	return {
		demoLoaded: state.demo,
		// The demo's accounts are embedded ones (published passwords): not on Supabase Auth.
		demoAvailable: !locals.supabase,
		orgTypes: ORG_TYPES,
		round: await firstRound(locals.db)
	};
};

/** This fiscal year's round: the editions it may answer and the one taken without asking. */
async function firstRound(db: App.Locals['db']) {
	const fiscalYear = currentFiscalYear();
	const choices = await withAnon(db, (tx) => choicesFor(tx, fiscalYear));
	return { fiscalYear, choices, defaultId: defaultChoice(choices)?.id ?? null };
}

const schema = z
	.object({
		name: text(200).min(2),
		org_type: z.enum(ORG_TYPES),
		province: province(),
		// A pasted address keeps only its host (domainList); nothing at all is "required".
		domain: domainList.pipe(z.array(z.string()).min(1).max(1)),
		full_name: text(200),
		email,
		password,
		password_confirm: z.string(),
		// Checked beside the password match, so a missing choice hides no other message.
		edition: z.string().default('')
	})
	.refine((v) => v.password === v.password_confirm, {
		message: 'v.passwordMismatch',
		path: ['password_confirm']
	})
	.refine((v) => z.uuid().safeParse(v.edition).success, {
		message: 'round.editionRequired',
		path: ['edition']
	});

const labels = {
	name: 'setup.orgName',
	province: 'setup.province',
	domain: 'setup.domain',
	full_name: 'setup.fullName',
	email: 'common.email',
	password: 'common.password',
	edition: 'round.choose'
} as const;

/** Set-up runs once: after an organisation of one's own exists every set-up action is a 403. */
async function requireOpen(db: App.Locals['db']) {
	if ((await installState(db)).ownOrg) error(403, 'Set-up is closed');
}

export const actions: Actions = {
	create: async ({ request, locals, cookies, url }) => {
		await requireOpen(locals.db);
		const t = translator(locals.lang);
		const form = await request.formData();
		const parsed = parseForm(schema, form, t, labels);
		if (!parsed.ok) return failure(400, { errors: parsed.errors, values: parsed.values });
		const d = parsed.data;
		let coordinatorId: string | null;
		try {
			const settings = supabaseAuth();
			coordinatorId = await createOrganisation(
				locals.db,
				{
					org: { name: d.name, orgType: d.org_type, province: d.province, domains: d.domain },
					coordinator: { fullName: d.full_name, email: d.email, password: d.password },
					round: { fiscalYear: currentFiscalYear(), editionId: d.edition }
				},
				// Supabase Auth mode: the account is Supabase Auth's (service-role key, server only).
				locals.supabase && settings
					? (tx, coordinator) => createAuthUser(settings, tx, coordinator)
					: undefined
			);
			if (!coordinatorId) error(403, 'Set-up is closed');
		} catch (e) {
			if (e instanceof EditionUnavailable) {
				return failure(400, {
					errors: { edition: t('round.editionUnavailable') },
					values: keepValues(formObject(form))
				});
			}
			if (e instanceof EmailTaken) {
				return failure(400, {
					errors: { email: t('setup.emailTaken') },
					values: keepValues(formObject(form))
				});
			}
			if (e instanceof InviteFailed) {
				console.warn(JSON.stringify({ level: 'warn', event: 'setup_account', message: e.message }));
				return failure(400, {
					errors: { email: t('supa.accountFailed') },
					values: keepValues(formObject(form))
				});
			}
			throw e;
		}
		// The coordinator who just chose a password is signed in: set-up ends on their home page.
		if (locals.supabase) {
			await signIn(locals.supabase, d.email, d.password);
			redirect(303, '/?welcome=1');
		}
		const session = await createSession(locals.db, coordinatorId);
		cookies.set(SESSION_COOKIE, session.token, {
			...sessionCookieOptions(url),
			maxAge: SESSION_HOURS * 3600
		});
		redirect(303, '/?welcome=1');
	},
	demo: async ({ locals }) => {
		if (locals.supabase) error(403, 'The demo runs on embedded accounts only');
		await requireOpen(locals.db);
		if ((await loadDemo(locals.db, { whenEmpty: true })) === 'refused') {
			error(403, 'Set-up is closed');
		}
		redirect(303, '/login');
	}
};
