import type { Database } from '../db/port';
import { asSystem } from '../db/with-user';
import { waitSeconds, WINDOW_MINUTES, type Failures } from './throttle-policy';

export { WINDOW_MINUTES };

/** Sign-in failures, stored per (address, e-mail) and per address; the policy decides the wait. */
const keys = (address: string, email: string) => ({
	pair: `pair:${address}:${email}`,
	address: `addr:${address}`
});

/** Seconds until another attempt is allowed, or 0 when the attempt may proceed. */
export async function retryAfter(db: Database, address: string, email: string): Promise<number> {
	const k = keys(address, email);
	const rows = await asSystem(db, 'auth', (tx) =>
		tx.query<{ key: string; n: number; last: Date; now: Date }>(
			`select key, count(*)::int as n, max(at) as last, now() as now from auth.login_failures
			 where key = any($1) and at > now() - make_interval(mins => $2)
			 group by key`,
			[[k.pair, k.address], WINDOW_MINUTES]
		)
	);
	const failures: { pair?: Failures; address?: Failures } = {};
	for (const r of rows) {
		failures[r.key === k.pair ? 'pair' : 'address'] = {
			count: r.n,
			last: new Date(r.last).getTime()
		};
	}
	// The database's clock, the one that stamped the failures.
	return rows.length ? waitSeconds(failures, new Date(rows[0].now).getTime()) : 0;
}

export async function recordFailure(db: Database, address: string, email: string): Promise<void> {
	const k = keys(address, email);
	await asSystem(db, 'auth', async (tx) => {
		await tx.query('insert into auth.login_failures (key) select unnest($1::text[])', [
			[k.pair, k.address]
		]);
		await tx.query('delete from auth.login_failures where at < now() - make_interval(mins => $1)', [
			WINDOW_MINUTES
		]);
	});
}

/** A correct password from this address: its failures for this e-mail are forgotten. */
export async function forgetFailures(db: Database, address: string, email: string): Promise<void> {
	await asSystem(db, 'auth', (tx) =>
		tx.query('delete from auth.login_failures where key = $1', [keys(address, email).pair])
	);
}
