import type { CookieStore } from '../../src/lib/server/auth/supabase';

type Options = Parameters<CookieStore['set']>[2];

/** A browser's cookies across requests, for the Supabase Auth adapter tests. */
export class CookieJar implements CookieStore {
	readonly values = new Map<string, string>();
	readonly options = new Map<string, Options>();

	getAll() {
		return [...this.values].map(([name, value]) => ({ name, value }));
	}

	set(name: string, value: string, opts: Options) {
		this.options.set(name, opts);
		if (!value || opts.maxAge === 0) this.values.delete(name);
		else this.values.set(name, value);
	}

	/** Names of the Supabase session cookies (one, or chunks `.0`, `.1`, … when large). */
	private sessionNames(): string[] {
		return [...this.values.keys()].filter((n) => /^sb-.+-auth-token(\.\d+)?$/.test(n)).sort();
	}

	/** The session @supabase/ssr stored (`base64-` + base64url of its JSON). */
	session(): Record<string, unknown> {
		const raw = this.sessionNames()
			.map((n) => this.values.get(n))
			.join('');
		if (!raw.startsWith('base64-')) throw new Error('no session cookie');
		return JSON.parse(Buffer.from(raw.slice(7), 'base64url').toString());
	}

	/** Replaces the stored session, as someone editing their own cookie would. */
	setSession(session: Record<string, unknown>) {
		const [first] = this.sessionNames();
		const name = first.replace(/\.\d+$/, '');
		for (const n of this.sessionNames()) this.values.delete(n);
		const value = 'base64-' + Buffer.from(JSON.stringify(session)).toString('base64url');
		this.values.set(name, value);
	}

	copy(): CookieJar {
		const jar = new CookieJar();
		for (const [k, v] of this.values) jar.values.set(k, v);
		return jar;
	}
}
