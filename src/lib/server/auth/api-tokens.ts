import { createHash, randomBytes } from 'node:crypto';
import type { Database, Tx } from '../db/port';
import { asSystem } from '../db/with-user';
import type { SessionUser } from './sessions';

/** `ita_` and 32 random bytes in base64url: recognisable in logs and secret scanners. */
const TOKEN_SHAPE = /^ita_[A-Za-z0-9_-]{43}$/;

export const hashApiToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface TokenRow {
	id: string;
	name: string;
	created_by_name: string | null;
	created_at: Date;
	last_used_at: Date | null;
	revoked_at: Date | null;
}

/**
 * Creates a read-only API token as the signed-in coordinator (RLS checks the role). The plain
 * token is returned this once; only its SHA-256 is stored.
 */
export async function createToken(
	tx: Tx,
	orgId: string,
	name: string
): Promise<{ id: string; token: string }> {
	const token = 'ita_' + randomBytes(32).toString('base64url');
	const [row] = await tx.query<{ id: string }>(
		'insert into public.api_tokens (org_id, name, token_hash) values ($1, $2, $3) returning id',
		[orgId, name, hashApiToken(token)]
	);
	return { id: row.id, token };
}

/** The organisation's tokens, live ones first, newest first. */
export function listTokens(tx: Tx, orgId: string): Promise<TokenRow[]> {
	return tx.query<TokenRow & Record<string, unknown>>(
		`select t.id, t.name, p.full_name as created_by_name, t.created_at, t.last_used_at, t.revoked_at
		 from public.api_tokens t left join public.profiles p on p.id = t.created_by
		 where t.org_id = $1
		 order by t.revoked_at is not null, t.created_at desc`,
		[orgId]
	);
}

/** Revokes a live token; false when it is unknown, not visible or already revoked. */
export async function revokeToken(tx: Tx, orgId: string, id: string): Promise<boolean> {
	const rows = await tx.query(
		`update public.api_tokens set revoked_at = now()
		 where org_id = $1 and id = $2 and revoked_at is null returning id`,
		[orgId, id]
	);
	return rows.length > 0;
}

export interface TokenHolder {
	tokenId: string;
	orgId: string;
	user: SessionUser;
}

/**
 * The coordinator a bearer token acts for, or null: unknown or revoked tokens, creators who are no
 * longer coordinators of the token's organisation, and banned accounts resolve to nothing. Run on
 * every request, so a revocation or a role change takes effect on the next one. `last_used_at` is
 * written at most once a minute.
 */
export async function resolveToken(db: Database, token: string): Promise<TokenHolder | null> {
	if (!TOKEN_SHAPE.test(token)) return null;
	return asSystem(db, 'api-token', async (tx) => {
		const [row] = await tx.query<{
			id: string;
			org_id: string;
			user_id: string;
			email: string;
			full_name: string | null;
			stale: boolean;
		}>(
			`select t.id, t.org_id, u.id as user_id, u.email, p.full_name,
				coalesce(t.last_used_at < now() - interval '1 minute', true) as stale
			 from public.api_tokens t
			 join auth.users u on u.id = t.created_by
			 left join public.profiles p on p.id = u.id
			 where t.token_hash = $1 and t.revoked_at is null
				and (u.banned_until is null or u.banned_until < now())
				and exists (select 1 from public.memberships m
					where m.org_id = t.org_id and m.user_id = t.created_by and m.role = 'coordinator')`,
			[hashApiToken(token)]
		);
		if (!row) return null;
		if (row.stale)
			await tx.query('update public.api_tokens set last_used_at = now() where id = $1', [row.id]);
		return {
			tokenId: row.id,
			orgId: row.org_id,
			user: {
				id: row.user_id,
				email: row.email,
				fullName: row.full_name ?? row.email,
				mustChangePassword: false
			}
		};
	});
}
