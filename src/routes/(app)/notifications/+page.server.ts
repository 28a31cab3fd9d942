import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { asRequestUser, readAsRequestUser } from '$lib/server/request';
import * as notifications from '$lib/server/notifications';
import { failure, parseForm } from '$lib/server/forms';
import { message, NOTIFICATION_KINDS, type NotificationKind } from '$lib/domain/notify-messages';
import { formatThaiDateTime } from '$lib/domain/thai-date';
import { translator } from '$lib/i18n';

/** The kinds a role receives, in the order the settings list them. */
const KINDS_OF_ROLE: Record<Member['role'], NotificationKind[]> = {
	contributor: ['assigned', 'returned', 'approved', 'due_digest'],
	coordinator: ['submitted', 'review_digest'],
	executive: ['target_reached', 'signoff_outdated'],
	viewer: []
};
const kindsOf = (member: Member | null) => (member ? KINDS_OF_ROLE[member.role] : []);

export const load: PageServerLoad = async ({ locals }) => {
	const [rows, settings] = await readAsRequestUser(locals, (tx) =>
		Promise.all([notifications.list(tx), notifications.settingsOf(tx)])
	);
	return {
		items: rows.map((n) => ({
			id: n.id,
			unread: !n.read_at,
			at: formatThaiDateTime(new Date(n.created_at), locals.lang),
			...message(n, locals.lang, '')
		})),
		settings,
		kinds: kindsOf(locals.member),
		email: locals.user!.email
	};
};

const readSchema = z.object({ id: z.uuid() });
const settingsSchema = z.object({
	email: z.string().default(''),
	lang: z.enum(['th', 'en']),
	kinds: z
		.union([z.string(), z.array(z.string())])
		.default([])
		.transform((v) => (Array.isArray(v) ? v : v ? [v] : []))
		.pipe(z.array(z.enum(NOTIFICATION_KINDS)))
});

export const actions: Actions = {
	read: async ({ request, locals }) => {
		const parsed = parseForm(readSchema, await request.formData(), translator(locals.lang));
		if (!parsed.ok) return failure(400, { errors: parsed.errors });
		await asRequestUser(locals, (tx) => notifications.markRead(tx, parsed.data.id));
		return { read: true };
	},
	readAll: async ({ locals }) => {
		await asRequestUser(locals, (tx) => notifications.markAllRead(tx));
		return { read: true };
	},
	settings: async ({ request, locals }) => {
		const parsed = parseForm(settingsSchema, await request.formData(), translator(locals.lang));
		if (!parsed.ok) return failure(400, { errors: parsed.errors, values: parsed.values });
		const { email, lang, kinds } = parsed.data;
		const muted = kindsOf(locals.member).filter((k) => !kinds.includes(k));
		await asRequestUser(locals, (tx) =>
			notifications.saveSettings(tx, { email: email === 'on', lang, muted_kinds: muted })
		);
		return { saved: true };
	}
};
