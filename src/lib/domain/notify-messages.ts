/**
 * What a notification says, in Thai or English: a title (the e-mail subject and the line under
 * the bell), detail lines with their links, and the e-mail's text and HTML. Pure: the words come
 * from the i18n tables, dates in the Buddhist era, links absolute from the base URL given.
 */
import { translator, type Lang, type MessageKey } from '$lib/i18n';
import { formatThaiDate, formatThaiDateTime, fiscalYearLabel } from './thai-date';

export const NOTIFICATION_KINDS = [
	'assigned',
	'returned',
	'approved',
	'submitted',
	'due_digest',
	'review_digest',
	'target_reached',
	'signoff_outdated'
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationLike {
	kind: NotificationKind;
	params: Record<string, unknown>;
}

export interface Line {
	text: string;
	href?: string;
}

export interface Message {
	title: string;
	/** The page the notification is about. */
	link: string;
	lines: Line[];
}

interface ItemParams {
	code: string;
	name_th: string;
	name_en: string;
	division: string;
	due_date?: string;
	bucket?: 'due7' | 'due1' | 'overdue';
}

const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));

export function message(n: NotificationLike, lang: Lang, baseUrl: string): Message {
	const t = translator(lang);
	const p = n.params;
	const year = Number(p.fiscal_year);
	const base = baseUrl.replace(/\/+$/, '');
	const itemLink = (code: string) => `${base}/cycle/${year}/items/${encodeURIComponent(code)}`;
	const label = (i: ItemParams) => `${i.code} ${lang === 'en' ? i.name_en : i.name_th}`;
	const date = (iso: string) => formatThaiDate(iso, { lang });
	const round = { text: fiscalYearLabel(year, lang) };

	switch (n.kind) {
		case 'assigned':
		case 'returned':
		case 'approved':
		case 'submitted': {
			const item = p as unknown as ItemParams;
			const lines: Line[] = [round];
			if (item.due_date) lines.push({ text: t('notify.line.due', { date: date(item.due_date) }) });
			if (n.kind === 'returned' && p.comment)
				lines.push({ text: t('notify.line.comment', { comment: str(p.comment) }) });
			const link = itemLink(item.code);
			return {
				title: t(`notify.msg.${n.kind}`, { item: label(item), division: str(item.division) }),
				link,
				lines
			};
		}
		case 'due_digest':
		case 'review_digest': {
			const items = (Array.isArray(p.items) ? p.items : []) as ItemParams[];
			const more = Number(p.more) || 0;
			const lines: Line[] = [round];
			for (const i of items) {
				const when = i.due_date
					? ` — ${t(`notify.line.${i.bucket ?? 'overdue'}` as MessageKey)}, ${t('notify.line.due', { date: date(i.due_date) })}`
					: '';
				lines.push({ text: `${label(i)} (${i.division})${when}`, href: itemLink(i.code) });
			}
			if (more) lines.push({ text: t('notify.line.more', { n: more }) });
			const link = n.kind === 'review_digest' ? `${base}/cycle/${year}/review` : `${base}/my-work`;
			return { title: t(`notify.msg.${n.kind}`, { n: items.length + more }), link, lines };
		}
		case 'target_reached': {
			const link = `${base}/cycle/${year}/dashboard`;
			return {
				title: t('notify.msg.target_reached', {
					target: Number(p.target).toFixed(2),
					oit: Number(p.oit).toFixed(2)
				}),
				link,
				lines: [round, { text: t('notify.line.dashboard'), href: link }]
			};
		}
		case 'signoff_outdated': {
			const link = `${base}/cycle/${year}/dashboard`;
			return {
				title: t('notify.msg.signoff_outdated', {
					date: formatThaiDateTime(new Date(str(p.signed_at)), lang)
				}),
				link,
				lines: [
					round,
					{ text: t('notify.line.signoff') },
					{ text: t('notify.line.dashboard'), href: link }
				]
			};
		}
	}
}

const escape = (s: string) =>
	s.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);

/**
 * The e-mail of one person's new notifications: one notification is its own subject; several
 * (a bulk assignment, a new round) go in one e-mail, each with its title, lines and link.
 * Plain text and simple HTML, every value escaped.
 */
export function mail(
	list: NotificationLike[],
	lang: Lang,
	baseUrl: string
): { subject: string; text: string; html: string } {
	const t = translator(lang);
	const messages = list.map((n) => {
		const m = message(n, lang, baseUrl);
		const open: Line = { text: t('notify.open'), href: m.link };
		return { ...m, lines: m.lines.some((l) => l.href === m.link) ? m.lines : [...m.lines, open] };
	});
	const subject =
		messages.length === 1 ? messages[0].title : t('notify.mail.several', { n: messages.length });
	const footer = t('notify.mail.footer', { link: `${baseUrl.replace(/\/+$/, '')}/notifications` });
	const text = [
		...messages.flatMap((m) => [
			m.title,
			'',
			...m.lines.map((l) => (l.href ? `${l.text}\n${l.href}` : l.text)),
			'',
			''
		]),
		footer
	].join('\n');
	const line = (l: Line) =>
		l.href ? `<a href="${escape(l.href)}">${escape(l.text)}</a>` : escape(l.text);
	const html =
		`<!doctype html><html lang="${lang}"><body style="font-family:sans-serif">` +
		messages
			.map(
				(m) =>
					`<p><strong>${escape(m.title)}</strong></p>` +
					m.lines.map((l) => `<p>${line(l)}</p>`).join('')
			)
			.join('<hr>') +
		`<p style="color:#555;font-size:90%">${escape(footer)}</p></body></html>`;
	return { subject: subject.replace(/[\r\n]+/g, ' '), text, html };
}
