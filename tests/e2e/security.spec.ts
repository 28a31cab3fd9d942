import { expect, test } from '@playwright/test';
import {
	DEMO,
	DEMO_PASSWORD,
	get,
	origin,
	post,
	sessionCookie,
	SESSION_COOKIE,
	setCookie,
	type Server
} from './helpers';

/**
 * The web layer of the test plan (§2) over plain HTTP against the built servers. Requests come
 * from Node's fetch with `redirect: 'manual'`, so every status and header is the server's own.
 * Set-up checks run on the `pristine` server, where no organisation may ever be created.
 */

const EVIL = 'https://evil.example';
/** A browser's refused form post gets the page that says where the app is (src/routes/address). */
const REFUSAL_PAGE = 'กรุณาเปิดระบบจากที่อยู่ของระบบ';
const FORM_TYPES = [
	'application/x-www-form-urlencoded',
	'TEXT/PLAIN',
	'text/plain;charset=utf-8',
	'multipart/form-data; boundary=x'
];

/** The same fields encoded for the given content type (a real cross-site form would do this). */
function encode(fields: Record<string, string>, contentType: string): string {
	const type = contentType.toLowerCase();
	if (type.startsWith('multipart/')) {
		return (
			Object.entries(fields)
				.map(([k, v]) => `--x\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
				.join('') + '--x--\r\n'
		);
	}
	if (type.startsWith('text/plain')) {
		return Object.entries(fields)
			.map(([k, v]) => `${k}=${v}`)
			.join('\r\n');
	}
	return new URLSearchParams(fields).toString();
}

const goodSetup = {
	name: 'หน่วยงานปลอม',
	org_type: 'sao',
	province: 'พะเยา',
	domain: 'evil.example',
	full_name: 'ผู้โจมตี',
	email: `attacker@evil.example`,
	password: 'attacker-pass-1',
	password_confirm: 'attacker-pass-1'
};

/** The pristine server still offers set-up: nothing has been created on it. */
async function expectNoOrganisation() {
	const res = await get('pristine', '/setup');
	expect(res.status, 'an organisation was created on the pristine server').toBe(200);
}

interface Target {
	name: string;
	server: Server;
	path: string;
	fields: () => Promise<{ fields: Record<string, string>; cookie?: string }>;
	/** Checks that the forged request changed nothing. */
	unchanged: (ctx: { cookie?: string }) => Promise<void>;
}

const targets: Target[] = [
	{
		name: 'login action',
		server: 'demo',
		path: '/login',
		fields: async () => ({ fields: { email: DEMO.coordinator, password: DEMO_PASSWORD } }),
		unchanged: async () => {}
	},
	{
		name: 'logout action',
		server: 'demo',
		path: '/logout',
		fields: async () => ({ fields: {}, cookie: await sessionCookie('demo', DEMO.coordinator) }),
		unchanged: async ({ cookie }) => {
			// The session survived the forged logout.
			expect((await get('demo', '/', cookie)).status).toBe(200);
		}
	},
	{
		name: 'set-up action',
		server: 'pristine',
		path: '/setup?/create',
		fields: async () => ({ fields: goodSetup }),
		unchanged: expectNoOrganisation
	}
];

test.describe('W01–W03: cross-site form submissions', () => {
	for (const target of targets) {
		test(`${target.name}: forged Origin with every form content type → 403`, async () => {
			const { fields, cookie } = await target.fields();
			for (const contentType of FORM_TYPES) {
				const res = await post(target.server, target.path, encode(fields, contentType), {
					origin: EVIL,
					contentType,
					cookie
				});
				expect(res.status, contentType).toBe(403);
				expect(await res.text()).toContain(REFUSAL_PAGE);
				expect(setCookie(res, SESSION_COOKIE), contentType).toBeNull();
				expect(res.headers.get('access-control-allow-origin')).toBeNull();
			}
			for (const method of ['PUT', 'PATCH', 'DELETE']) {
				const res = await post(target.server, target.path, encode(fields, FORM_TYPES[0]), {
					origin: EVIL,
					method,
					cookie
				});
				expect(res.status, method).toBe(403);
				expect(await res.text()).toContain(REFUSAL_PAGE);
			}
			await target.unchanged({ cookie });
		});

		test(`${target.name}: no Origin header → 403`, async () => {
			const { fields, cookie } = await target.fields();
			const res = await post(target.server, target.path, fields, { origin: null, cookie });
			expect(res.status).toBe(403);
			expect(await res.text()).toContain(REFUSAL_PAGE);
			await target.unchanged({ cookie });
		});
	}

	test('same-origin submissions pass the check', async () => {
		const login = await post('demo', '/login', {
			email: DEMO.coordinator,
			password: DEMO_PASSWORD
		});
		expect(login.status).toBe(303);
		const cookie = `${SESSION_COOKIE}=${setCookie(login, SESSION_COOKIE)}`;

		const logout = await post('demo', '/logout', {}, { cookie });
		expect(logout.status).toBe(303);
		expect(logout.headers.get('location')).toBe('/login');

		// An invalid set-up form from the right origin reaches the action (400), and creates nothing.
		const setup = await post('pristine', '/setup?/create', { ...goodSetup, name: '' });
		expect(setup.status).toBe(400);
		await expectNoOrganisation();
	});
});

test.describe('W13/W14: security headers', () => {
	const expectBaseHeaders = (res: Response) => {
		const hsts = res.headers.get('strict-transport-security') ?? '';
		const maxAge = Number(/max-age=(\d+)/i.exec(hsts)?.[1] ?? 0);
		expect(maxAge).toBeGreaterThanOrEqual(31536000);
		expect(hsts).toMatch(/;\s*includeSubDomains/i);
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(res.headers.get('x-frame-options')).toBe('DENY');
	};

	const expectCsp = (res: Response) => {
		const csp = res.headers.get('content-security-policy');
		expect(csp).toBeTruthy();
		const directives = new Map(
			csp!
				.split(';')
				.map((d) => d.trim().split(/\s+/))
				.filter((d) => d[0])
				.map(([name, ...values]) => [name.toLowerCase(), values])
		);
		const scriptSrc = directives.get('script-src') ?? [];
		expect(scriptSrc.some((v) => /^'nonce-[A-Za-z0-9+/=_-]{16,}'$/.test(v))).toBe(true);
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		expect(scriptSrc).not.toContain("'unsafe-eval'");
		expect(directives.get('object-src')).toEqual(["'none'"]);
		expect(directives.get('base-uri')).toEqual(["'none'"]);
		expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
		return scriptSrc.find((v) => v.startsWith("'nonce-"));
	};

	test('GET /login (anonymous)', async () => {
		const res = await get('demo', '/login');
		expect(res.status).toBe(200);
		expectBaseHeaders(res);
		const nonce = expectCsp(res);
		// The nonce is fresh per response.
		expect(expectCsp(await get('demo', '/login'))).not.toBe(nonce);
	});

	test('GET / signed in: also Cache-Control: no-store', async () => {
		const cookie = await sessionCookie('demo', DEMO.coordinator);
		const res = await get('demo', '/', cookie);
		expect(res.status).toBe(200);
		expectBaseHeaders(res);
		expectCsp(res);
		expect(res.headers.get('cache-control')).toBe('no-store');
	});

	test('API responses and 404 pages carry the base headers', async () => {
		expectBaseHeaders(await get('demo', '/api/v1/health'));
		const missing = await get('demo', '/no-such-page');
		expect(missing.status).toBe(404);
		expectBaseHeaders(missing);
	});

	test('static files and the CSRF 403 carry the base headers too', async () => {
		// Both are answered before `handle` runs: the built handler sets these headers for them.
		const favicon = await get('demo', '/favicon.svg');
		expect(favicon.status).toBe(200);
		expectBaseHeaders(favicon);
		const forged = await post('demo', '/login', { email: 'x' }, { origin: EVIL });
		expect(forged.status).toBe(403);
		expectBaseHeaders(forged);
	});
});

test.describe('W16/W18: sign-in throttling', () => {
	/** Ten failures are allowed per (socket address, e-mail); the 11th and later answer 429. */
	async function expectThrottled(email: string, headersFor: (i: number) => Record<string, string>) {
		for (let i = 1; i <= 10; i++) {
			const res = await post(
				'demo',
				'/login',
				{ email, password: `wrong-${i}` },
				{ headers: headersFor(i) }
			);
			expect(res.status, `attempt ${i}`).toBe(400);
		}
		const eleventh = await post(
			'demo',
			'/login',
			{ email, password: 'wrong-11' },
			{ headers: headersFor(11) }
		);
		expect(eleventh.status).toBe(429);
		const retryAfter = Number(eleventh.headers.get('retry-after'));
		expect(retryAfter).toBeGreaterThan(0);
		expect(retryAfter).toBeLessThanOrEqual(15 * 60);
		expect(await eleventh.text()).toContain('พยายามเข้าสู่ระบบผิดหลายครั้งเกินไป');

		const twelfth = await post(
			'demo',
			'/login',
			{ email, password: DEMO_PASSWORD },
			{ headers: headersFor(12) }
		);
		expect(twelfth.status, 'the correct password is throttled too').toBe(429);
		expect(twelfth.headers.get('retry-after')).toBeTruthy();
		expect(setCookie(twelfth, SESSION_COOKIE)).toBeNull();
	}

	test('W16: 11 wrong passwords for one account → 429 with Retry-After, then still 429', async () => {
		await expectThrottled(DEMO.viewer, () => ({}));
	});

	test('W18: rotating X-Forwarded-For does not reset the count', async () => {
		await expectThrottled(DEMO.executive, (i) => ({
			'x-forwarded-for': `203.0.113.${i}`,
			'x-real-ip': `198.51.100.${i}`,
			forwarded: `for=192.0.2.${i}`
		}));
	});
});

test.describe('W21: over-long set-up input', () => {
	test('a 100,000-char name and a 5,000-char domain → 400 with field errors, nothing stored', async () => {
		const res = await post('pristine', '/setup?/create', {
			...goodSetup,
			name: 'ก'.repeat(10) + 'a'.repeat(99_990),
			domain: 'a'.repeat(4_994) + '.go.th'
		});
		expect(res.status).toBe(400);
		const html = await res.text();
		expect(html).toMatch(/id="f-name-error"[^>]*>ยาวเกิน 200 ตัวอักษร</);
		expect(html).toMatch(/id="f-domain-error"[^>]*>ยาวเกิน 1000 ตัวอักษร</);
		await expectNoOrganisation();
	});
});

test.describe('public API', () => {
	test('GET /api/v1/health', async () => {
		const res = await fetch(origin('demo') + '/api/v1/health');
		expect(res.status).toBe(200);
		const body = await res.json();
		expect(body).toEqual({ status: 'ok', db: 'ok', version: expect.any(String) });
		expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
	});

	test('GET /api/v1/catalogs/2565: the 43 items of the FY2565 checklist', async () => {
		const res = await fetch(origin('demo') + '/api/v1/catalogs/2565', {
			headers: { origin: 'https://evil.example' }
		});
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toMatch(/(^|,\s*)public(,|$)/);
		expect(res.headers.get('access-control-allow-origin')).toBeNull();
		const items: Record<string, unknown>[] = await res.json();
		expect(items).toHaveLength(43);
		expect(items.map((i) => i.code)).toEqual(Array.from({ length: 43 }, (_, i) => `o${i + 1}`));
		for (const item of items) {
			expect(Object.keys(item).sort()).toEqual(
				[
					'code',
					'indicator',
					'sub_indicator',
					'group',
					'name_th',
					'name_en',
					'period_rule',
					'elements'
				].sort()
			);
			expect(Array.isArray(item.elements)).toBe(true);
		}
		expect(items.find((i) => i.code === 'o23')?.period_rule).toBe('monthly:10-3');
	});

	test('GET /api/v1/catalogs/2599 → 404', async () => {
		const res = await fetch(origin('demo') + '/api/v1/catalogs/2599');
		expect(res.status).toBe(404);
	});
});
