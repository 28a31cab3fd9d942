/**
 * A person's notifications and their e-mail settings, read and changed as that person: Row Level
 * Security shows only their own rows and lets them change only read_at and their settings.
 */
import type { Tx } from './db/port';
import type { NotificationKind } from '$lib/domain/notify-messages';
import type { Lang } from '$lib/i18n';

export interface NotificationRow {
	id: string;
	kind: NotificationKind;
	params: Record<string, unknown>;
	created_at: Date;
	read_at: Date | null;
}

export interface NotificationSettings {
	email: boolean;
	lang: Lang;
	muted_kinds: NotificationKind[];
}

export const DEFAULT_SETTINGS: NotificationSettings = { email: true, lang: 'th', muted_kinds: [] };

/** The caller's newest notifications. */
export function list(tx: Tx, limit = 100): Promise<NotificationRow[]> {
	return tx.query<NotificationRow & Record<string, unknown>>(
		`select id, kind, params, created_at, read_at from public.notifications
		 where user_id = (select auth.uid()) order by created_at desc, id limit $1`,
		[limit]
	);
}

/** How many of the caller's notifications are unread (the bell). */
export async function unread(tx: Tx): Promise<number> {
	const [row] = await tx.query<{ n: number }>(
		`select count(*)::int as n from public.notifications
		 where user_id = (select auth.uid()) and read_at is null`
	);
	return row.n;
}

/** Marks one of the caller's notifications read; false when there is no such unread one. */
export async function markRead(tx: Tx, id: string): Promise<boolean> {
	const rows = await tx.query(
		`update public.notifications set read_at = now()
		 where id = $1 and user_id = (select auth.uid()) and read_at is null returning id`,
		[id]
	);
	return rows.length > 0;
}

/** Marks all the caller's notifications read; returns how many were unread. */
export async function markAllRead(tx: Tx): Promise<number> {
	const rows = await tx.query(
		`update public.notifications set read_at = now()
		 where user_id = (select auth.uid()) and read_at is null returning id`
	);
	return rows.length;
}

export async function settingsOf(tx: Tx): Promise<NotificationSettings> {
	const [row] = await tx.query<NotificationSettings & Record<string, unknown>>(
		`select email, lang, muted_kinds from public.notification_settings
		 where user_id = (select auth.uid())`
	);
	return row ?? DEFAULT_SETTINGS;
}

export async function saveSettings(tx: Tx, s: NotificationSettings): Promise<void> {
	await tx.query(
		`insert into public.notification_settings (user_id, email, lang, muted_kinds)
		 values ((select auth.uid()), $1, $2, $3)
		 on conflict (user_id) do update set email = excluded.email, lang = excluded.lang,
			muted_kinds = excluded.muted_kinds, updated_at = now()`,
		[s.email, s.lang, s.muted_kinds]
	);
}
