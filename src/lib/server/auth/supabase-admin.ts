import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { env } from '$env/dynamic/private';
import type { Tx } from '../db/port';
import type { SupabaseSettings } from '../supabase-mode';
import { EmailTaken } from './accounts';
import { NoRealtime } from './supabase';

/**
 * Supabase Auth mode, the accounts the app makes on its own: set-up's first coordinator and the
 * people a coordinator invites. They need the project's service-role key, read here on the
 * server only (never a PUBLIC_ variable, never in the browser bundle).
 */

export class InviteFailed extends Error {}

/** The project's settings; `serviceKey` is for tests, the server reads it from its environment. */
type AdminSettings = SupabaseSettings & { serviceKey?: string };

function adminClient(settings: AdminSettings): SupabaseClient {
	const key = settings.serviceKey ?? env.SUPABASE_SERVICE_ROLE_KEY;
	if (!key) throw new InviteFailed('SUPABASE_SERVICE_ROLE_KEY is not set');
	return createClient(settings.url, key, {
		auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
		realtime: { transport: NoRealtime as never }
	});
}

/** The profile the app shows for an account; Supabase Auth does not make one. */
async function addProfile(tx: Tx, id: string, fullName: string, email: string): Promise<void> {
	await tx.query(
		'insert into public.profiles (id, full_name, email) values ($1, $2, $3) on conflict (id) do nothing',
		[id, fullName, email.toLowerCase()]
	);
}

/** A confirmed account with the password the person typed (set-up's first coordinator). */
export async function createAuthUser(
	settings: AdminSettings,
	tx: Tx,
	input: { email: string; password: string; fullName: string }
): Promise<string> {
	const { data, error } = await adminClient(settings).auth.admin.createUser({
		email: input.email,
		password: input.password,
		email_confirm: true,
		user_metadata: { full_name: input.fullName }
	});
	if (error?.code === 'email_exists') throw new EmailTaken(input.email);
	if (error || !data.user) throw new InviteFailed(error?.message ?? 'no user');
	await addProfile(tx, data.user.id, input.fullName, input.email);
	return data.user.id;
}

/** Invites a person by e-mail; the link lets them choose their own password. */
export async function inviteAuthUser(
	settings: AdminSettings,
	tx: Tx,
	input: { email: string; fullName: string },
	redirectTo: string
): Promise<string> {
	const { data, error } = await adminClient(settings).auth.admin.inviteUserByEmail(input.email, {
		data: { full_name: input.fullName },
		redirectTo
	});
	if (error || !data.user) throw new InviteFailed(error?.message ?? 'no user');
	await addProfile(tx, data.user.id, input.fullName, input.email);
	return data.user.id;
}
