import { createServerClient } from '@supabase/ssr';
import { createClient, type EmailOtpType, type SupabaseClient } from '@supabase/supabase-js';
import type { Claims } from '../db/port';
import type { SupabaseSettings } from '../supabase-mode';

/**
 * Supabase Auth mode, the adapter: sign-in, sign-out and e-mail links go to the project's Auth
 * server through @supabase/ssr; the session lives in httpOnly cookies this server sets. Every
 * request's user is verified here — `getClaims()` (signature checked against the project's keys)
 * for reads, `getUser()` (asked of the Auth server, so a signed-out session fails at once) for
 * writes — and only then handed to the database as claims, exactly as an embedded session is.
 */

/** The cookies of one request (SvelteKit's `event.cookies` fits). */
export interface CookieStore {
	getAll(): { name: string; value: string }[];
	set(
		name: string,
		value: string,
		opts: {
			path: string;
			httpOnly: boolean;
			sameSite: 'lax';
			secure: boolean;
			maxAge?: number;
			expires?: Date;
		}
	): void;
}

/** Realtime is never used; supabase-js only needs a WebSocket class to exist on node 20. */
export class NoRealtime {
	constructor() {
		throw new Error('Realtime is not used by this app');
	}
}

/** A client for one request: never shared, since it holds that request's session. */
export function supabaseClient(
	settings: SupabaseSettings,
	cookies: CookieStore,
	secure: boolean
): SupabaseClient {
	return createServerClient(settings.url, settings.anonKey, {
		cookies: {
			getAll: () => cookies.getAll(),
			setAll: (list) => {
				for (const { name, value, options } of list) {
					cookies.set(name, value, {
						path: '/',
						httpOnly: true,
						sameSite: 'lax',
						secure,
						maxAge: options.maxAge,
						expires: options.expires
					});
				}
			}
		},
		realtime: { transport: NoRealtime as never }
	});
}

/**
 * A client with no session and no cookies, for e-mails sent on someone else's behalf (a
 * coordinator's reset of a member's password): nothing of that flow lands in the sender's
 * cookies, and the link works in any browser (the e-mail templates carry a one-time token hash).
 */
export function mailerClient(settings: SupabaseSettings): SupabaseClient {
	return createClient(settings.url, settings.anonKey, {
		auth: {
			persistSession: false,
			autoRefreshToken: false,
			detectSessionInUrl: false,
			flowType: 'implicit'
		},
		realtime: { transport: NoRealtime as never }
	});
}

export interface VerifiedUser {
	claims: Claims;
	email: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function verified(sub: unknown, role: unknown, email: unknown): VerifiedUser | null {
	if (typeof sub !== 'string' || !UUID.test(sub) || role !== 'authenticated') return null;
	const mail = typeof email === 'string' ? email.toLowerCase() : '';
	return { claims: { sub, role: 'authenticated', email: mail || undefined }, email: mail };
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The signed-in user of a request, or null. Reads trust a token whose signature and expiry
 * check out (`getClaims`); writes also ask the Auth server (`getUser`), so a token of a session
 * that was signed out, or of a user who was removed, cannot change anything.
 */
export async function verifiedUser(
	supabase: SupabaseClient,
	method: string
): Promise<VerifiedUser | null> {
	try {
		if (READS.has(method.toUpperCase())) {
			const { data, error } = await supabase.auth.getClaims();
			if (error || !data) return null;
			return verified(data.claims.sub, data.claims.role, data.claims.email);
		}
		const { data, error } = await supabase.auth.getUser();
		if (error || !data.user) return null;
		return verified(data.user.id, data.user.role, data.user.email);
	} catch (e) {
		// A token supabase-js cannot even read (an unknown `alg`, bad JSON) is no user, not a 500.
		console.warn(JSON.stringify({ level: 'warn', event: 'auth_unverified', message: String(e) }));
		return null;
	}
}

/** E-mail and password; the session cookies are set on success. */
export async function signIn(
	supabase: SupabaseClient,
	email: string,
	password: string
): Promise<boolean> {
	const { error } = await supabase.auth.signInWithPassword({ email, password });
	return !error;
}

/**
 * Sends a sign-in link to an existing account (no account is created). False when the Auth
 * server refused (e.g. its rate limit); an unknown address is not told apart.
 */
export async function sendSignInLink(
	supabase: SupabaseClient,
	email: string,
	redirectTo: string
): Promise<boolean> {
	const { error } = await supabase.auth.signInWithOtp({
		email,
		options: { emailRedirectTo: redirectTo, shouldCreateUser: false }
	});
	return !error || error.code === 'otp_disabled';
}

/** Sends a password-reset link; the link signs the person in and leads to /account. */
export async function sendPasswordReset(
	supabase: SupabaseClient,
	email: string,
	redirectTo: string
): Promise<boolean> {
	const { error } = await supabase.auth.resetPasswordForEmail(email, { redirectTo });
	return !error;
}

const OTP_TYPES = new Set(['email', 'magiclink', 'recovery', 'invite', 'signup', 'email_change']);

/**
 * The landing of an e-mail link: a one-time token hash (`token_hash` + `type`) or a PKCE `code`.
 * Returns the link's type when it signed the person in, null otherwise.
 */
export async function confirmLink(supabase: SupabaseClient, url: URL): Promise<string | null> {
	const tokenHash = url.searchParams.get('token_hash');
	const type = url.searchParams.get('type') ?? '';
	if (tokenHash && OTP_TYPES.has(type)) {
		const { error } = await supabase.auth.verifyOtp({
			token_hash: tokenHash,
			type: type as EmailOtpType
		});
		return error ? null : type;
	}
	const code = url.searchParams.get('code');
	if (code) {
		const { error } = await supabase.auth.exchangeCodeForSession(code);
		return error ? null : 'code';
	}
	return null;
}

/** A new password for the signed-in user (after a reset link, or by choice). */
export async function changePassword(supabase: SupabaseClient, password: string): Promise<boolean> {
	const { error } = await supabase.auth.updateUser({ password });
	return !error;
}

/** Ends this browser's session at the Auth server and clears its cookies. */
export async function signOut(supabase: SupabaseClient): Promise<void> {
	await supabase.auth.signOut({ scope: 'local' });
}
