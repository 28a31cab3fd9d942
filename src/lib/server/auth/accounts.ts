import type { Tx } from '../db/port';
import { hashPassword, verifyPassword } from './passwords';

/** Embedded-mode accounts in auth.users (system task: runs with the connection's privileges). */

export async function findLogin(
	tx: Tx,
	email: string
): Promise<{ id: string; encrypted_password: string } | null> {
	const [row] = await tx.query<{ id: string; encrypted_password: string }>(
		`select id, encrypted_password from auth.users
		 where email = $1 and (banned_until is null or banned_until < now())`,
		[email.toLowerCase()]
	);
	return row ?? null;
}

/** Checks a password; unknown e-mails cost the same bcrypt comparison (no account enumeration). */
export async function checkCredentials(
	tx: Tx,
	email: string,
	password: string
): Promise<string | null> {
	const user = await findLogin(tx, email);
	const ok = await verifyPassword(password, user?.encrypted_password ?? null);
	return ok && user ? user.id : null;
}

export class EmailTaken extends Error {}

/** Creates a user with a profile. Throws EmailTaken when the address already has an account. */
export async function createAccount(
	tx: Tx,
	input: { email: string; password: string; fullName: string }
): Promise<string> {
	const hash = await hashPassword(input.password);
	const rows = await tx.query<{ id: string }>(
		`insert into auth.users (email, encrypted_password, raw_user_meta_data)
		 values ($1, $2, jsonb_build_object('full_name', $3::text))
		 on conflict (email) do nothing returning id`,
		[input.email.toLowerCase(), hash, input.fullName]
	);
	if (!rows[0]) throw new EmailTaken(input.email);
	await tx.query('insert into public.profiles (id, full_name, email) values ($1, $2, $3)', [
		rows[0].id,
		input.fullName,
		input.email.toLowerCase()
	]);
	return rows[0].id;
}
