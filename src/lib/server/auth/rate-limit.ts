import type { Database } from '../db/port';
import { asSystem } from '../db/with-user';

/** Sign-in throttle: failures per (address, e-mail) and per address within a sliding window. */
export const WINDOW_MINUTES = 15;
const LIMITS = { pair: 10, address: 50 };

const keys = (address: string, email: string) => ({
	pair: `pair:${address}:${email}`,
	address: `addr:${address}`
});

/** Seconds until another attempt is allowed, or 0 when the attempt may proceed. */
export async function retryAfter(db: Database, address: string, email: string): Promise<number> {
	const k = keys(address, email);
	const rows = await asSystem(db, 'auth', (tx) =>
		tx.query<{ key: string; n: number; oldest: Date }>(
			`select key, count(*)::int as n, min(at) as oldest from auth.login_failures
			 where key = any($1) and at > now() - make_interval(mins => $2)
			 group by key`,
			[[k.pair, k.address], WINDOW_MINUTES]
		)
	);
	let wait = 0;
	for (const r of rows) {
		const limit = r.key === k.pair ? LIMITS.pair : LIMITS.address;
		if (r.n >= limit) {
			const until = new Date(r.oldest).getTime() + WINDOW_MINUTES * 60_000;
			wait = Math.max(wait, Math.ceil((until - Date.now()) / 1000));
		}
	}
	return Math.max(wait, 0);
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
