import bcrypt from 'bcryptjs';
import { randomBytes } from 'node:crypto';

/** bcrypt, the hash format Supabase Auth stores, so embedded accounts can move to Supabase. */
const COST = 10;

export function hashPassword(password: string): Promise<string> {
	return bcrypt.hash(password, COST);
}

/** A hash of nothing anyone knows: unknown e-mails are checked against it so both paths take as long. */
const DUMMY = bcrypt.hashSync(randomBytes(16).toString('hex'), COST);

export function verifyPassword(password: string, hash: string | null): Promise<boolean> {
	return bcrypt.compare(password, hash ?? DUMMY).then((ok) => ok && hash !== null);
}
