import type { Claims, Database, Tx } from './port';

/**
 * Runs `fn` in a transaction as role `authenticated` with the user's claims — the mechanism
 * PostgREST uses — so Row Level Security decides what the request can see and change. Both
 * settings are transaction-local: nothing leaks into the next request on a shared connection.
 */
export function withUser<T>(
	db: Database,
	claims: Claims,
	fn: (tx: Tx) => Promise<T>,
	opts?: { readOnly?: boolean }
): Promise<T> {
	return db.transaction(async (tx) => {
		await actAs(tx, claims);
		return fn(tx);
	}, opts);
}

/** Switches an open transaction to the user: used after a system step in the same transaction. */
export async function actAs(tx: Tx, claims: Claims): Promise<void> {
	await tx.query('set local role authenticated');
	await tx.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims)]);
}

/**
 * Ends the user's role in an open transaction and continues as the named system task (the
 * connection's own privileges), for a system step at the end of a user's write.
 */
export async function actAsSystem(tx: Tx, task: string): Promise<void> {
	await tx.query('set local role none');
	await tx.query(`select set_config('request.jwt.claims', '', true)`);
	await tx.query(`select set_config('app.actor', $1, true)`, [task]);
}

/** Runs `fn` without a user, as the public `anon` role (public pages and API). */
export function withAnon<T>(db: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
	return db.transaction(async (tx) => {
		await tx.query('set local role anon');
		return fn(tx);
	});
}

/**
 * A named system task (migrate, seed, set-up, accounts) with the connection's own privileges.
 * The name is recorded as the actor of every audited change it makes.
 */
export function asSystem<T>(
	db: Database,
	task: string,
	fn: (tx: Tx) => Promise<T>,
	opts?: { readOnly?: boolean }
): Promise<T> {
	return db.transaction(async (tx) => {
		await tx.query(`select set_config('app.actor', $1, true)`, [task]);
		return fn(tx);
	}, opts);
}
