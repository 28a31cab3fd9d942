import { randomInt } from 'node:crypto';
import type { Database, Tx } from '../db/port';
import { actAs, actAsSystem, asSystem } from '../db/with-user';
import { hashPassword, verifyPassword } from './passwords';
import { hashToken } from './sessions';

/**
 * New passwords: one's own (the current one asked for) and a coordinator's reset of a member's.
 * Who may do which is decided in SQL (app.may_change_own_password, app.may_reset_password, in
 * 20260301000200_password_resets.sql); the write itself is the accounts task's. Either way the
 * person's other sessions end, so a password someone else learnt stops working everywhere.
 */

export type OwnChange = 'changed' | 'wrongPassword' | 'refused';

/** Sets the caller's own password after checking the current one; keeps only this session. */
export async function changeOwnPassword(
	db: Database,
	input: { userId: string; current: string; next: string; keepSession: string | null }
): Promise<OwnChange> {
	return db.transaction(async (tx) => {
		await actAs(tx, { sub: input.userId, role: 'authenticated' });
		const [may] = await tx.query<{ ok: boolean }>('select app.may_change_own_password() as ok');
		await actAsSystem(tx, 'accounts');
		if (!may.ok) return 'refused';
		const [row] = await tx.query<{ encrypted_password: string }>(
			'select encrypted_password from auth.users where id = $1',
			[input.userId]
		);
		if (!(await verifyPassword(input.current, row?.encrypted_password ?? null)))
			return 'wrongPassword';
		await setPassword(tx, input.userId, input.next, { keep: input.keepSession, temporary: false });
		return 'changed';
	});
}

/**
 * A coordinator gives a member a temporary password, shown once to pass on; every session of the
 * member ends. Null when app.may_reset_password refuses (another organisation's person, oneself,
 * the demo).
 */
export async function resetPassword(
	db: Database,
	coordinatorId: string,
	userId: string
): Promise<string | null> {
	return db.transaction(async (tx) => {
		await actAs(tx, { sub: coordinatorId, role: 'authenticated' });
		const [may] = await tx.query<{ ok: boolean }>('select app.may_reset_password($1) as ok', [
			userId
		]);
		await actAsSystem(tx, 'accounts');
		if (!may.ok) return null;
		const temporary = temporaryPassword();
		await setPassword(tx, userId, temporary, { keep: null, temporary: true });
		return temporary;
	});
}

/**
 * The new hash, and the end of every session of the person but `keep` (a cookie token). A password
 * someone else chose is `temporary`: the person must replace it at the next sign-in; their own
 * choice ends that.
 */
export async function setPassword(
	tx: Tx,
	userId: string,
	password: string,
	opts: { keep: string | null; temporary: boolean }
) {
	await tx.query('update auth.users set encrypted_password = $2 where id = $1', [
		userId,
		await hashPassword(password)
	]);
	await tx.query(
		'delete from auth.app_sessions where user_id = $1 and token_hash is distinct from $2',
		[userId, opts.keep ? hashToken(opts.keep) : null]
	);
	await markTemporary(tx, userId, opts.temporary);
}

/** Records (or clears) that the person's password was chosen by someone else. */
export async function markTemporary(tx: Tx, userId: string, temporary: boolean) {
	await tx.query(
		temporary
			? `insert into public.temporary_passwords (user_id) values ($1)
				 on conflict (user_id) do update set set_at = now()`
			: 'delete from public.temporary_passwords where user_id = $1',
		[userId]
	);
}

/** Letters and digits nobody mixes up when reading them out (no 0/O, 1/l/I). */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Twelve random characters in three groups, e.g. "k7mq-x3pd-9fhz" (about 59 bits). */
export function temporaryPassword(): string {
	const pick = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
	return [pick(), pick(), pick()].join('-');
}

/**
 * The command line's reset (`npm run reset-password -- <email>`), for the one who runs the server
 * when nobody is left to reset a password through the app: a temporary password, every session
 * ended. Refused for an unknown e-mail and for an account of the demo, whose password is published.
 */
export function resetForgotten(db: Database, email: string): Promise<string | 'unknown' | 'demo'> {
	return asSystem(db, 'accounts', async (tx) => {
		const [row] = await tx.query<{ id: string; demo: boolean }>(
			`select u.id, exists (select 1 from public.memberships m
				join public.organisations o on o.id = m.org_id where m.user_id = u.id and o.is_demo) as demo
			 from auth.users u where u.email = $1`,
			[email.trim().toLowerCase()]
		);
		if (!row) return 'unknown';
		if (row.demo) return 'demo';
		const temporary = temporaryPassword();
		await setPassword(tx, row.id, temporary, { keep: null, temporary: true });
		return temporary;
	});
}
