/**
 * The read-only JSON API's plumbing: who is asking (a session or an API token, resolved in
 * hooks.server.ts), a read-only transaction under the caller's RLS, and uniform answers — `{error}`
 * with 401 or 404 (never 403: a cycle the caller cannot see does not exist for them) and
 * `Cache-Control: no-store` on everything.
 */
import { json } from '@sveltejs/kit';
import type { Tx } from '../db/port';
import { actAs } from '../db/with-user';
import type { CycleRef } from '../cycle-items';

const NO_STORE = { 'Cache-Control': 'no-store' };

export function apiError(status: number, message: string, headers: Record<string, string> = {}) {
	return json({ error: message }, { status, headers: { ...NO_STORE, ...headers } });
}

/**
 * Answers a GET as the caller: 401 without credentials, 404 when `fn` finds nothing (null), the
 * JSON of its result otherwise. `fn` runs in a read-only transaction, whatever it tries.
 */
export async function apiGet<T>(
	locals: App.Locals,
	fn: (tx: Tx, member: Member | null) => Promise<T | null>
): Promise<Response> {
	const user = locals.user;
	if (!user) return apiError(401, 'Authentication required', { 'WWW-Authenticate': 'Bearer' });
	const data = await locals.db.transaction(async (tx) => {
		await tx.query('set transaction read only');
		await actAs(tx, { sub: user.id, role: 'authenticated' });
		return fn(tx, locals.member);
	});
	if (data === null) return apiError(404, 'Not found');
	return json(data, { headers: NO_STORE });
}

/** A cycle of the caller's organisation by id, or null (RLS hides other organisations'). */
export async function cycleById(
	tx: Tx,
	member: Member | null,
	id: string
): Promise<CycleRef | null> {
	if (!member) return null;
	const [row] = await tx.query<CycleRef & Record<string, unknown>>(
		`select id, org_id, catalog_id, fiscal_year, oit_opens, oit_closes, internal_deadline, as_of, version
		 from public.cycles where org_id = $1 and id = $2`,
		[member.orgId, id]
	);
	return row ?? null;
}
