import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../db/port';
import { asSystem } from '../db/with-user';
import { MEMBER_COLUMNS, toMember, type MemberColumns } from '../members';
import { bangkokDate } from '$lib/domain/fiscal';

export const SESSION_COOKIE = 'ita_session';
export const SESSION_HOURS = 12;

export interface SessionUser {
	id: string;
	email: string;
	fullName: string;
	/** The password was chosen by someone else: every page but /account asks for a new one. */
	mustChangePassword: boolean;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts a session: the random token goes to the cookie, only its hash to the database. */
export async function createSession(
	db: Database,
	userId: string
): Promise<{ token: string; expires: Date }> {
	const token = randomBytes(32).toString('base64url');
	const expires = new Date(Date.now() + SESSION_HOURS * 3600_000);
	await asSystem(db, 'auth', (tx) =>
		tx.query(
			'insert into auth.app_sessions (token_hash, user_id, expires_at) values ($1, $2, $3)',
			[hashToken(token), userId, expires]
		)
	);
	return { token, expires };
}

export interface SessionHolder {
	user: SessionUser;
	/** The user's membership (first organisation joined), or null without one. */
	member: Member | null;
}

/**
 * The user behind a cookie token and their membership, in one query (every request runs it), or
 * null for an unknown, expired or banned session. It runs as the auth task, since sessions are
 * not for members to read; the membership it joins is the session user's own, which is exactly
 * what the memberships policy shows that user.
 */
export async function resolveSession(db: Database, token: string): Promise<SessionHolder | null> {
	if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
	const hash = hashToken(token);
	const writes = db.writes?.();
	const day = bangkokDate(new Date());
	const kept = known.get(hash);
	if (kept && kept.writes === writes && kept.day === day && kept.expires > Date.now()) {
		return structuredClone(kept.holder);
	}
	const rows = await asSystem(
		db,
		'auth',
		(tx) =>
			tx.query<HolderRow & { expires_ms: number }>(
				holderSql(
					', extract(epoch from s.expires_at) * 1000 as expires_ms',
					'auth.app_sessions s join auth.users u on u.id = s.user_id',
					's.token_hash = $1 and s.expires_at > now()'
				),
				[hash]
			),
		{ readOnly: true }
	);
	const row = rows[0];
	if (!row) return null;
	const holder = toHolder(row);
	// Kept (embedded database only) until any write, the next day or the session's end: a
	// sign-out, a password change or a membership change is a write.
	if (writes !== undefined) {
		known.delete(hash);
		known.set(hash, { writes, day, expires: Number(row.expires_ms), holder });
		if (known.size > MAX_KNOWN) known.delete(known.keys().next().value!);
	}
	return holder;
}

type HolderRow = {
	id: string;
	email: string;
	full_name: string | null;
	must_change: boolean;
} & MemberColumns &
	Record<string, unknown>;

/** The user, their flags and first membership, for the users the `from`/`where` pick. */
const holderSql = (extra: string, from: string, where: string) =>
	`select u.id, u.email, p.full_name${extra},
		exists (select 1 from public.temporary_passwords t where t.user_id = u.id) as must_change,
		${MEMBER_COLUMNS}
	 from ${from}
	 left join public.profiles p on p.id = u.id
	 left join lateral (select * from public.memberships mm where mm.user_id = u.id
		order by mm.created_at limit 1) m on true
	 left join public.organisations o on o.id = m.org_id
	 where ${where}
		and (u.banned_until is null or u.banned_until < now())`;

function toHolder(row: HolderRow): SessionHolder {
	const user = {
		id: row.id,
		email: row.email,
		fullName: row.full_name ?? row.email,
		mustChangePassword: row.must_change
	};
	return { user, member: toMember(row) };
}

/**
 * The user and membership behind an identity already verified elsewhere (Supabase Auth mode),
 * or null for an unknown or banned user. Same query and meaning as a session's.
 */
export async function resolveUser(db: Database, userId: string): Promise<SessionHolder | null> {
	const rows = await asSystem(
		db,
		'auth',
		(tx) => tx.query<HolderRow>(holderSql('', 'auth.users u', 'u.id = $1'), [userId]),
		{ readOnly: true }
	);
	return rows[0] ? toHolder(rows[0]) : null;
}

interface Known {
	writes: number;
	day: string;
	expires: number;
	holder: SessionHolder;
}
const MAX_KNOWN = 1000;
const known = new Map<string, Known>();

/** Logout: the session row is deleted, so the old cookie is worthless even if replayed. */
export async function endSession(db: Database, token: string): Promise<void> {
	await asSystem(db, 'auth', (tx) =>
		tx.query('delete from auth.app_sessions where token_hash = $1 or expires_at < now()', [
			hashToken(token)
		])
	);
}
