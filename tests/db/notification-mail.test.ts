/**
 * E-mail of notifications through a real SMTP server started here (smtp-server on 127.0.0.1, an
 * ephemeral port, no TLS or login): the right people get one e-mail per notification, in their
 * language, and nothing is ever sent twice — not by a second call, not after a "restart" (a new
 * transport on the same database), not after a send that failed once it was claimed.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { SMTPServer } from 'smtp-server';
import nodemailer from 'nodemailer';
import type { AddressInfo } from 'node:net';
import type { Database } from '../../src/lib/server/db/port';
import { asSystem, withUser } from '../../src/lib/server/db/with-user';
import { movePart } from '../../src/lib/server/parts';
import * as notifications from '../../src/lib/server/notifications';
import { sendPendingEmail } from '../../src/lib/server/notify/mailer';
import { queueReminders, record } from '../../src/lib/server/notify/reminders';
import { migratedDatabase, targets, type Target } from './harness';
import { seedFixtures, type Fixtures, type Persona } from './fixtures';

interface Received {
	to: string;
	subject: string;
	text: string;
}

/** Decodes RFC 2047 words (=?UTF-8?B?…?= / ?Q?) of a header value. */
function decodeWords(value: string): string {
	return value
		.replace(/\?=\s+=\?/g, '?==?')
		.replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
			enc.toLowerCase() === 'b'
				? Buffer.from(data, 'base64').toString('utf8')
				: Buffer.from(
						data
							.replace(/_/g, ' ')
							.replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
						'latin1'
					).toString('utf8')
		);
}

/** The subject and the base64 text/plain part of a raw message. */
function parse(raw: string, to: string): Received {
	const [head] = raw.split(/\r?\n\r?\n/);
	const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
	const subject = decodeWords(/^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '');
	const part = /Content-Type: text\/plain[^]*?\r?\n\r?\n([A-Za-z0-9+/=\r\n]+?)\r?\n(--|$)/i.exec(
		raw
	);
	const text = Buffer.from((part?.[1] ?? '').replace(/\s+/g, ''), 'base64').toString('utf8');
	return { to, subject, text };
}

describe.each(targets())('notification e-mail on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let f: Fixtures;
	let server: SMTPServer;
	let port: number;
	const inbox: Received[] = [];

	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		f = await seedFixtures(db);
		await db.query(`delete from notifications where dedupe_key like 'fixture:%'`);
		server = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS', 'AUTH'],
			logger: false,
			onData(stream, session, callback) {
				const chunks: Buffer[] = [];
				stream.on('data', (c: Buffer) => chunks.push(c));
				stream.on('end', () => {
					const raw = Buffer.concat(chunks).toString('utf8');
					for (const r of session.envelope.rcptTo) inbox.push(parse(raw, r.address));
					callback();
				});
			}
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		port = (server.server.address() as AddressInfo).port;
	});
	afterAll(async () => {
		await new Promise<void>((resolve) => server.close(() => resolve()));
		await drop();
	});

	const transport = () =>
		nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
	const as = <T>(p: Persona, fn: Parameters<typeof withUser<T>>[2]) =>
		withUser(db, { sub: f.user[p], role: 'authenticated' }, fn);
	const act = async (
		p: Persona,
		action: 'submit' | 'request_changes' | 'approve',
		comment?: string
	) => {
		const [{ version }] = await db.query<{ version: number }>(
			'select version from parts where id = $1',
			[f.partA]
		);
		expect(
			await as(p, (tx) =>
				movePart(tx, { orgId: f.orgA, partId: f.partA, version, action, comment })
			)
		).toBe(true);
	};
	const baseUrl = 'https://ita.example.go.th';

	it('without an SMTP server e-mail is off and nothing is claimed', async () => {
		await asSystem(db, 'test', (tx) =>
			tx.query(`update parts set status = 'draft' where id = $1`, [f.partA])
		);
		await as('cA', (tx) =>
			notifications.saveSettings(tx, { email: true, lang: 'en', muted_kinds: [] })
		);
		await act('sA1', 'submit');
		await act('cA', 'request_changes', 'ใช้รายงานปี พ.ศ. 2564');
		expect(await sendPendingEmail(db, { baseUrl, smtpUrl: null })).toBe(0);
		const [{ n }] = await db.query<{ n: number }>(
			'select count(*)::int as n from notifications where email_claimed_at is null'
		);
		expect(n).toBe(2);
	});

	it('sends each person their notification in their language, once', async () => {
		expect(await sendPendingEmail(db, { transport: transport(), baseUrl })).toBe(2);
		expect(inbox.map((m) => m.to).sort()).toEqual(['ca@agency.example', 'sa1@agency.example']);
		const th = inbox.find((m) => m.to === 'sa1@agency.example')!;
		expect(th.subject).toMatch(/^ส่งกลับให้แก้ไข: o1 .+ \(D1\)$/);
		expect(th.text).toContain('ความเห็นของผู้ตรวจ: ใช้รายงานปี พ.ศ. 2564');
		expect(th.text).toContain('กำหนดส่ง 15 มีนาคม 2565');
		expect(th.text).toContain(`${baseUrl}/cycle/2565/items/o1`);
		const en = inbox.find((m) => m.to === 'ca@agency.example')!;
		expect(en.subject).toMatch(/^Waiting for review: o1 .+ from D1$/);

		expect(await sendPendingEmail(db, { transport: transport(), baseUrl })).toBe(0);
		// A "restart": a new transport on the same database sends nothing more either.
		expect(await sendPendingEmail(db, { transport: transport(), baseUrl })).toBe(0);
		expect(inbox.length).toBe(2);
		const [{ n }] = await db.query<{ n: number }>(
			'select count(*)::int as n from notifications where emailed_at is not null'
		);
		expect(n).toBe(2);
	});

	it('a send that failed after the claim is never tried again (at most once)', async () => {
		await act('sA1', 'submit');
		const broken = nodemailer.createTransport({ host: '127.0.0.1', port, ignoreTLS: true });
		broken.sendMail = () => Promise.reject(new Error('process died'));
		expect(await sendPendingEmail(db, { transport: broken, baseUrl })).toBe(0);
		expect(await sendPendingEmail(db, { transport: transport(), baseUrl })).toBe(0);
		expect(inbox.length).toBe(2);
	});

	it('muted kinds and e-mail off send nothing; the bell still has them', async () => {
		await as('sA1', (tx) =>
			notifications.saveSettings(tx, { email: true, lang: 'th', muted_kinds: ['approved'] })
		);
		await act('cA', 'approve');
		expect(await sendPendingEmail(db, { transport: transport(), baseUrl })).toBe(0);
		expect(inbox.length).toBe(2);
		expect(await as('sA1', (tx) => notifications.unread(tx))).toBe(2);
	});

	it('several new notifications of one person go in one e-mail', async () => {
		const item = (code: string) => ({
			org_id: f.orgA,
			user_id: f.user.sA2,
			kind: 'due_digest' as const,
			cycle_id: f.cycleA,
			params: {
				fiscal_year: 2565,
				items: [
					{
						code,
						name_th: 'ชื่อ',
						name_en: 'Name',
						division: 'D2',
						due_date: '2022-03-15',
						bucket: 'due7'
					}
				],
				more: 0
			},
			dedupe_key: `test:${code}`
		});
		await asSystem(db, 'test', (tx) => record(tx, [item('o1'), item('o2')]));
		expect(await sendPendingEmail(db, { transport: transport(), baseUrl })).toBe(1);
		const [digest] = inbox.filter((m) => m.to === 'sa2@agency.example');
		expect(inbox.length).toBe(3);
		expect(digest.subject).toBe('การแจ้งเตือนใหม่ 2 รายการ');
		expect(digest.text).toContain(`${baseUrl}/cycle/2565/items/o1`);
		expect(digest.text).toContain(`${baseUrl}/cycle/2565/items/o2`);
	});

	it('the reminder a week before the due date arrives in Thai, once', async () => {
		await asSystem(db, 'test', async (tx) => {
			await tx.query(`update parts set status = 'draft' where id = $1`, [f.partA]);
			await tx.query(`update assignments set due_date = '2022-03-08' where id = $1`, [
				f.assignmentA
			]);
		});
		// 10:00 in Bangkok on 1 March 2022: o1 is due in 7 days.
		const now = new Date('2022-03-01T03:00:00Z');
		expect(await queueReminders(db, now)).toBeGreaterThan(0);
		const before = inbox.length;
		await sendPendingEmail(db, { transport: transport(), baseUrl, now });
		const reminder = inbox.slice(before).find((m) => m.to === 'sa1@agency.example');
		expect(reminder?.subject).toMatch(/[ก-๙]/);
		expect(reminder?.text).toContain('8 มีนาคม 2565');
		expect(reminder?.text).toContain(`${baseUrl}/cycle/2565/items/o1`);
		// The hourly job runs again that day, and after a restart: nothing more is recorded or sent.
		expect(await queueReminders(db, now)).toBe(0);
		const after = inbox.length;
		expect(await sendPendingEmail(db, { transport: transport(), baseUrl, now })).toBe(0);
		expect(inbox.length).toBe(after);
	});
});
