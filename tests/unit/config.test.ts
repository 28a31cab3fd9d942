/**
 * Configuration checks from the test plan: W04 (form posts stay origin-checked), W23 (no secret in a
 * PUBLIC_ variable) and R20 (no server secret in the browser bundle).
 *
 * R20 needs a build made with a sentinel service-role key (scripts/sentinel-build.js, which is also
 * the build stage of `npm test`). The unit stage runs before the build stage, so this file checks
 * that build/ is at least as new as every input it was built from and carries a sentinel, and
 * otherwise builds itself (~25 s): the check never looks at a stale bundle and never skips.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import svelteConfig from '../../svelte.config.js';

const ROOT = join(import.meta.dirname, '..', '..');

function walk(dir: string, skip: RegExp = /(^|\/)(node_modules|\.git)$/): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (skip.test(path)) return [];
		return entry.isDirectory() ? walk(path, skip) : [path];
	});
}

const read = (path: string) => readFileSync(path, 'utf8');

describe('W04: SvelteKit CSRF origin check', () => {
	test('form posts are always origin-checked: by SvelteKit, or by the hook that replaces it', () => {
		const csrf = svelteConfig.kit?.csrf;
		const trusted = csrf?.trustedOrigins ?? [];
		const kitOff = csrf?.checkOrigin === false || trusted.includes('*');
		for (const origin of trusted.filter((o) => o !== '*'))
			expect(origin).toMatch(/^https:\/\/[^*]+$/);
		// SvelteKit's check compares with ORIGIN only; hooks.server.ts checks every form post
		// itself (src/lib/server/same-origin.ts). Turning SvelteKit's off needs that hook in place.
		const hooks = read(join(ROOT, 'src', 'hooks.server.ts'));
		const hookChecks =
			/sequence\([^)]*\bhandleOrigin\b/s.test(hooks) &&
			/isFormPost\(request\) \|\| sameOrigin\(/.test(hooks);
		expect(!kitOff || hookChecks).toBe(true);
	});

	test('the public env prefix is not widened (an empty prefix would publish every variable)', () => {
		const prefix = svelteConfig.kit?.env?.publicPrefix;
		expect(prefix ?? 'PUBLIC_').toBe('PUBLIC_');
	});
});

describe('W23: PUBLIC_ variables', () => {
	/**
	 * PUBLIC_ names the app may use, each reviewed as safe to show to browsers: a Supabase
	 * project's URL and its anon key, which Supabase publishes by design (RLS guards the data; the
	 * app reads them on the server only). Their names would otherwise look secret.
	 */
	const ALLOWED: string[] = ['PUBLIC_SUPABASE_URL', 'PUBLIC_SUPABASE_ANON_KEY'];
	/** A JWT's `role` claim, if the value is one (Supabase's legacy anon and service keys are). */
	const jwtRole = (value: string) => {
		try {
			const part = value.replace(/^['"]|['"]$/g, '').split('.')[1];
			return JSON.parse(Buffer.from(part, 'base64url').toString()).role as unknown;
		} catch {
			return null;
		}
	};
	const SECRET_NAME = /KEY|SECRET|TOKEN|PASSWORD|SERVICE|DATABASE|DB_|_URL$|PRIVATE/i;

	test('no PUBLIC_ variable is read in the source tree outside the allowlist', () => {
		const files = walk(join(ROOT, 'src')).filter((f) => /\.(ts|js|svelte)$/.test(f));
		expect(files.length).toBeGreaterThan(10);
		const used = new Map<string, string>();
		for (const file of files) {
			for (const m of read(file).matchAll(/\bPUBLIC_[A-Z0-9_]+/g)) {
				used.set(m[0], relative(ROOT, file));
			}
		}
		for (const [name, file] of used) {
			expect(ALLOWED, `${name} in ${file}`).toContain(name);
		}
	});

	test('.env files give no PUBLIC_ variable a key or a URL', () => {
		const envFiles = readdirSync(ROOT).filter((f) => /^\.env(\..+)?$/.test(f));
		for (const file of envFiles) {
			for (const line of read(join(ROOT, file)).split('\n')) {
				const m = /^\s*(?:export\s+)?(PUBLIC_[A-Z0-9_]+)\s*=\s*(.*)$/.exec(line);
				if (!m) continue;
				const [, name, value] = m;
				expect(value, `${file}: ${name}`).not.toMatch(/service_role/);
				expect(value, `${file}: ${name}`).not.toMatch(/^['"]?(sb_secret_|postgres(ql)?:\/\/)/);
				if (name === 'PUBLIC_SUPABASE_ANON_KEY') {
					// The anon key: a publishable key, or a legacy JWT whose role is anon.
					if (/^['"]?eyJ/.test(value)) expect(jwtRole(value), `${file}: ${name}`).toBe('anon');
					continue;
				}
				if (ALLOWED.includes(name)) continue;
				expect(name, `${file}: ${name}`).not.toMatch(SECRET_NAME);
				expect(value, `${file}: ${name}`).not.toMatch(/^['"]?eyJ/);
			}
		}
		expect(envFiles.every((f) => typeof f === 'string')).toBe(true);
	});
});

describe('R20: no server secret in the browser bundle', () => {
	const BUILD = join(ROOT, 'build');
	const INPUTS = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

	function newestInput(): number {
		return Math.max(
			...INPUTS.flatMap((p) => {
				const path = join(ROOT, p);
				if (!existsSync(path)) return [];
				return statSync(path).isDirectory()
					? walk(path).map((f) => statSync(f).mtimeMs)
					: [statSync(path).mtimeMs];
			})
		);
	}

	/** The build's sentinel (scripts/sentinel-build.js); rebuilt when stale or built without one. */
	function ensureFreshBuild(): string {
		const marker = join(BUILD, 'index.js');
		const stamp = join(BUILD, '.r20-sentinel');
		const fresh = existsSync(marker) && statSync(marker).mtimeMs >= newestInput();
		if (!fresh || !existsSync(stamp))
			execSync('node scripts/sentinel-build.js', { cwd: ROOT, stdio: 'pipe', timeout: 180_000 });
		return read(stamp).trim();
	}

	test(
		'build/client and .svelte-kit/output/client hold no service key (sentinel), DB URL or server code',
		{ timeout: 200_000 },
		() => {
			const sentinel = ensureFreshBuild();
			expect(sentinel).toMatch(/^r20-sentinel-[0-9a-f]{24}$/);
			const files = [
				...walk(join(BUILD, 'client')),
				...walk(join(ROOT, '.svelte-kit', 'output', 'client'))
			].filter((f) => /\.(js|css|html|json|map|txt|svg)$/.test(f));
			expect(files.length).toBeGreaterThan(5);

			const needles = [
				'service_role',
				'DATABASE_URL',
				'TEST_DATABASE_URL',
				'SUPABASE_SERVICE_ROLE_KEY',
				'sb_secret_',
				'postgres://',
				'postgresql://',
				'encrypted_password',
				'$lib/server',
				// The build's SUPABASE_SERVICE_ROLE_KEY.
				sentinel
			];
			// The values of secrets present in this environment, if any.
			for (const name of ['SUPABASE_SERVICE_ROLE_KEY', 'DATABASE_URL', 'TEST_DATABASE_URL']) {
				const value = process.env[name];
				if (value && value.length >= 8) needles.push(value);
			}
			const found: string[] = [];
			for (const file of files) {
				const text = read(file);
				for (const needle of needles) {
					if (text.includes(needle)) found.push(`${relative(ROOT, file)}: ${needle}`);
				}
			}
			expect(found).toEqual([]);
		}
	);
});
