/** Where a Supabase project's Auth server is and the key its browser-safe calls carry. */
export interface SupabaseSettings {
	url: string;
	anonKey: string;
}

type Vars = Record<string, string | undefined>;

/**
 * The one switch of Supabase Auth mode: on when the project's URL, its anon key and its database
 * (DATABASE_URL) are all set; otherwise the app signs people in itself (embedded accounts).
 * Scripts pass `process.env`; the server passes its environment through `serverConfig()`.
 */
export function supabaseSettings(vars: Vars): SupabaseSettings | null {
	const url = vars.PUBLIC_SUPABASE_URL?.trim();
	const anonKey = vars.PUBLIC_SUPABASE_ANON_KEY?.trim();
	if (!url || !anonKey || !vars.DATABASE_URL?.trim()) return null;
	return { url: url.replace(/\/+$/, ''), anonKey };
}
