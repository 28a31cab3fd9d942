import { env } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { supabaseSettings } from './supabase-mode';

/** Settings others rely on: PORT and HOST are read by the node adapter itself. */
export function serverConfig() {
	const supabase = supabaseAuth();
	return {
		dataDir: resolve(env.DATA_DIR || './data'),
		databaseUrl: env.DATABASE_URL || null,
		// The demo's accounts are embedded ones: DEMO is ignored in Supabase Auth mode.
		demo: env.DEMO === '1' && !supabase,
		migrationsDir: resolve('supabase/migrations'),
		// Supabase Auth mode (null: embedded accounts). Its project has the real auth schema, so
		// the local shim is not applied.
		supabase,
		shimDir: supabase ? undefined : resolve('db/shim'),
		version: env.APP_VERSION || '0.1.0',
		// E-mail: off without SMTP_URL (smtp://user:pass@host:587, smtps://… for TLS).
		smtpUrl: env.SMTP_URL || null,
		mailFrom: env.MAIL_FROM || 'ITA Readiness <no-reply@localhost>',
		// The address links in e-mails point to: ORIGIN, else this PC's address on the office network.
		appUrl: env.ORIGIN || `http://${lanAddress()}:${env.PORT || '3000'}`
	};
}

/** Supabase Auth mode's settings, or null in embedded-accounts mode (rule: supabase-mode.ts). */
export function supabaseAuth() {
	return supabaseSettings({ ...env, ...publicEnv });
}

function lanAddress(): string {
	const lan = Object.values(networkInterfaces())
		.flat()
		.find((a) => a && a.family === 'IPv4' && !a.internal);
	return lan?.address ?? 'localhost';
}
