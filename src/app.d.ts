import type { Database } from '$lib/server/db/port';
import type { SessionUser } from '$lib/server/auth/sessions';
import type { Lang } from '$lib/i18n';
import type { SupabaseClient } from '@supabase/supabase-js';

declare global {
	namespace App {
		interface Error {
			message: string;
			id?: string;
			/** 413: the body size limit, as configured (e.g. '3M'). */
			limit?: string;
		}
		interface Locals {
			db: Database;
			lang: Lang;
			user: SessionUser | null;
			member: Member | null;
			sessionToken: string | null;
			/** Supabase Auth mode: this request's Auth client (null with embedded accounts). */
			supabase: SupabaseClient | null;
			/** The caller is an API token (read-only), not a signed-in person. */
			apiToken: boolean;
		}
	}
	/** The signed-in user's role in their organisation (looked up on every request). */
	interface Member {
		orgId: string;
		orgName: string;
		orgType: string;
		isDemo: boolean;
		role: 'coordinator' | 'contributor' | 'executive' | 'viewer';
		divisionIds: string[];
		/** The fiscal years the organisation has a round for, newest first. */
		cycleYears: number[];
		/** The round the app opens on: this fiscal year's, else the newest before it. */
		cycleYear: number | null;
	}
}

export {};
