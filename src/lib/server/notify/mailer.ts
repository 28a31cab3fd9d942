/**
 * Sends the notifications' e-mails: one e-mail per person and call, holding what was new for them
 * (a single notification is its own e-mail; a bulk assignment is one e-mail, not forty). Called
 * by the job queue, e.g. every minute. At most once: the
 * notifications are claimed (email_claimed_at) in a transaction that commits before anything is
 * sent, so a crash or a second worker never sends one twice; a crash between the claim and the
 * send loses that e-mail (the bell still shows it). Without an SMTP server (SMTP_URL unset)
 * e-mail is off: nothing is claimed, so nothing is lost either.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Database } from '../db/port';
import { asSystem } from '../db/with-user';
import { mail, type NotificationKind } from '$lib/domain/notify-messages';
import type { Lang } from '$lib/i18n';

export interface SendOptions {
	/** A nodemailer transport; else one is made from smtpUrl. */
	transport?: Transporter;
	/** SMTP_URL; without it and without a transport, e-mail is off. */
	smtpUrl?: string | null;
	/** MAIL_FROM. */
	from?: string;
	/** The app's address, for the links (ORIGIN). */
	baseUrl: string;
	now?: Date;
	/** Notifications older than this are not mailed any more (after e-mail was off, say). */
	maxAgeHours?: number;
	/** At most this many per call; the queue calls again for the rest. */
	batch?: number;
}

interface Claimed {
	id: string;
	kind: NotificationKind;
	params: Record<string, unknown>;
	email: string;
	lang: Lang;
	send: boolean;
}

export const DEFAULT_FROM = 'ITA Readiness <no-reply@localhost>';

/** Sends what is waiting; returns how many e-mails went out (one per person at most). */
export async function sendPendingEmail(db: Database, opts: SendOptions): Promise<number> {
	const transport =
		opts.transport ?? (opts.smtpUrl ? nodemailer.createTransport(opts.smtpUrl) : null);
	if (!transport) return 0;
	const [{ waiting }] = await db.query<{ waiting: boolean }>(
		'select exists (select 1 from public.notifications where email_claimed_at is null) as waiting'
	);
	if (!waiting) return 0;
	// An unreachable server throws here, before anything is claimed: the queue tries again later.
	await transport.verify();
	const now = opts.now ?? new Date();
	const since = new Date(now.getTime() - (opts.maxAgeHours ?? 72) * 3_600_000);
	const claimed = await claim(db, now, since, opts.batch ?? 200);
	const people = new Map<string, Claimed[]>();
	for (const n of claimed.filter((c) => c.send))
		people.set(n.email, [...(people.get(n.email) ?? []), n]);
	let sent = 0;
	for (const [to, list] of people) {
		const { subject, text, html } = mail(list, list[0].lang, opts.baseUrl);
		try {
			// base64: Thai text in quoted-printable is three times its size.
			await transport.sendMail({
				from: opts.from ?? DEFAULT_FROM,
				to,
				subject,
				text,
				html,
				textEncoding: 'base64'
			});
		} catch (e) {
			// At most once: a refused e-mail is not tried again.
			const ids = list.map((n) => n.id);
			console.warn(JSON.stringify({ level: 'warn', event: 'mail_failed', ids, error: String(e) }));
			continue;
		}
		sent++;
		await asSystem(db, 'mailer', (tx) =>
			tx.query('update public.notifications set emailed_at = now() where id = any ($1::uuid[])', [
				list.map((n) => n.id)
			])
		);
	}
	return sent;
}

/**
 * Claims every unclaimed notification in one committed transaction. Those of people with e-mail
 * off, without an address, who muted the kind, of the demo organisation (its addresses are made
 * up) or older than `since` are claimed without being sent: their e-mail is settled, and turning
 * e-mail on later does not send a backlog.
 */
function claim(db: Database, now: Date, since: Date, batch: number): Promise<Claimed[]> {
	return asSystem(db, 'mailer', (tx) =>
		tx.query<Claimed & Record<string, unknown>>(
			`with pending as (
				select n.id, p.email, coalesce(s.lang, 'th') as lang,
					(coalesce(s.email, true) and coalesce(p.email, '') like '%_@_%' and n.created_at >= $2
						and not (n.kind = any (coalesce(s.muted_kinds, '{}'))) and not o.is_demo) as send
				from public.notifications n
				join public.organisations o on o.id = n.org_id
				left join public.profiles p on p.id = n.user_id
				left join public.notification_settings s on s.user_id = n.user_id
				where n.email_claimed_at is null
				order by n.created_at, n.id limit $3
				for update of n skip locked
			)
			update public.notifications n set email_claimed_at = $1
			from pending where n.id = pending.id
			returning n.id, n.kind, n.params, pending.email, pending.lang, pending.send`,
			[now.toISOString(), since.toISOString(), batch]
		)
	);
}
