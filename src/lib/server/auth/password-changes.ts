import { randomInt } from 'node:crypto';
import type { Database, Tx } from '../db/port';
import { actAs, actAsSystem } from '../db/with-user';
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
		await setPassword(tx, input.userId, input.next, input.keepSession);
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
		await setPassword(tx, userId, temporary, null);
		return temporary;
	});
}

/** The new hash, and the end of every session of the person but `keep` (a cookie token). */
async function setPassword(tx: Tx, userId: string, password: string, keep: string | null) {
	await tx.query('update auth.users set encrypted_password = $2 where id = $1', [
		userId,
		await hashPassword(password)
	]);
	await tx.query(
		'delete from auth.app_sessions where user_id = $1 and token_hash is distinct from $2',
		[userId, keep ? hashToken(keep) : null]
	);
}

/** Letters and digits nobody mixes up when reading them out (no 0/O, 1/l/I). */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Twelve random characters in three groups, e.g. "k7mq-x3pd-9fhz" (about 59 bits). */
export function temporaryPassword(): string {
	const pick = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
	return [pick(), pick(), pick()].join('-');
}
