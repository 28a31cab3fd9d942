import { error } from '@sveltejs/kit';
import type { Tx } from './db/port';
import { withUser } from './db/with-user';

/** Runs `fn` as the signed-in user of this request, under RLS. */
export function asRequestUser<T>(
	locals: App.Locals,
	fn: (tx: Tx) => Promise<T>,
	opts?: { readOnly?: boolean }
): Promise<T> {
	if (!locals.user) error(401, 'Sign in first');
	return withUser(locals.db, { sub: locals.user.id, role: 'authenticated' }, fn, opts);
}

/**
 * Runs `fn` as the signed-in user in a read-only transaction: page loads use it, so a page view
 * cannot write (PostgreSQL refuses any write in it with 25006).
 */
export function readAsRequestUser<T>(locals: App.Locals, fn: (tx: Tx) => Promise<T>): Promise<T> {
	return asRequestUser(locals, fn, { readOnly: true });
}

/** The caller's membership when it carries one of the roles; 403 otherwise. */
export function requireRole(locals: App.Locals, ...roles: Member['role'][]): Member {
	const member = locals.member;
	if (!member || !roles.includes(member.role)) error(403, 'Forbidden');
	return member;
}

/** SQLSTATE of a database error (42501 privilege, 23505 unique, 23514 check), if any. */
export function sqlState(e: unknown): string | null {
	const code = (e as { code?: unknown })?.code;
	return typeof code === 'string' ? code : null;
}

/** Raised inside a transaction to roll it back and answer with a form failure. */
export class Rejected extends Error {
	constructor(readonly reason: string) {
		super(reason);
	}
}
