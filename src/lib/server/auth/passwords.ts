import bcrypt from 'bcryptjs';
import { randomBytes } from 'node:crypto';

/** bcrypt, the hash format Supabase Auth stores, so embedded accounts can move to Supabase. */
const COST = 10;

export function hashPassword(password: string): Promise<string> {
	return bcrypt.hash(password, COST);
}

/**
 * A hash of nothing anyone knows: unknown e-mails are checked against it so both paths take as
 * long. Made on the first sign-in rather than at start-up, which it would slow.
 */
let dummy: Promise<string> | undefined;

export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
	dummy ??= bcrypt.hash(randomBytes(16).toString('hex'), COST);
	const ok = await bcrypt.compare(password, hash ?? (await dummy));
	return ok && hash !== null;
}
