import { env } from '$env/dynamic/private';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';

/** Settings others rely on: PORT and HOST are read by the node adapter itself. */
export function serverConfig() {
	return {
		dataDir: resolve(env.DATA_DIR || './data'),
		databaseUrl: env.DATABASE_URL || null,
		demo: env.DEMO === '1',
		migrationsDir: resolve('supabase/migrations'),
		// On a Supabase project the real auth schema exists: the local shim is not applied.
		shimDir: env.SUPABASE_URL ? undefined : resolve('db/shim'),
		version: env.APP_VERSION || '0.1.0',
		// E-mail: off without SMTP_URL (smtp://user:pass@host:587, smtps://… for TLS).
		smtpUrl: env.SMTP_URL || null,
		mailFrom: env.MAIL_FROM || 'ITA Readiness <no-reply@localhost>',
		// The address links in e-mails point to: ORIGIN, else this PC's address on the office network.
		appUrl: env.ORIGIN || `http://${lanAddress()}:${env.PORT || '3000'}`
	};
}

function lanAddress(): string {
	const lan = Object.values(networkInterfaces())
		.flat()
		.find((a) => a && a.family === 'IPv4' && !a.internal);
	return lan?.address ?? 'localhost';
}
