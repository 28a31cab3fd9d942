import { expect, test } from '@playwright/test';
import {
	alertText,
	DEMO,
	DEMO_COORDINATOR_NAME,
	DEMO_ORG,
	DEMO_PASSWORD,
	get,
	median,
	origin,
	post,
	SESSION_COOKIE,
	signIn,
	TH,
	unique
} from './helpers';

const BASE = origin('demo');

test.describe('login on the demo server (JavaScript on)', () => {
	test('the demo accounts and their password are listed', async ({ page }) => {
		await page.goto('/login');
		await expect(page.getByRole('heading', { level: 1, name: TH.loginTitle })).toBeVisible();
		const demo = page.getByRole('region', { name: /บัญชีทดลองใช้/ });
		for (const email of Object.values(DEMO)) {
			await expect(demo.getByRole('cell', { name: email, exact: true })).toBeVisible();
		}
		await expect(demo).toContainText(DEMO_PASSWORD);
	});

	test('W17: wrong password and unknown e-mail show the same message', async ({ page }) => {
		await page.goto('/login');
		await signIn(page, DEMO.stat, 'not-the-password');
		await expect(page.getByRole('alert')).toHaveText(TH.loginFailed);
		await expect(page.getByLabel(TH.email, { exact: true })).toHaveValue(DEMO.stat);

		await page.goto('/login');
		await signIn(page, `nobody-${unique()}@demo.example`, 'not-the-password');
		await expect(page.getByRole('alert')).toHaveText(TH.loginFailed);
		await expect(page).toHaveURL(/\/login$/);
	});

	test('W17: same status and message over HTTP, and no timing difference', async () => {
		// Interleaved so that any drift in server load hits both kinds alike.
		const known: number[] = [];
		const unknown: number[] = [];
		const outcomes = new Set<string>();
		for (let i = 0; i < 5; i++) {
			for (const [email, times] of [
				[DEMO.finance, known],
				[`nobody-${unique()}@demo.example`, unknown]
			] as const) {
				const started = performance.now();
				const res = await post('demo', '/login', { email, password: `wrong-${i}` });
				const html = await res.text();
				times.push(performance.now() - started);
				outcomes.add(`${res.status} ${alertText(html)}`);
			}
		}
		expect([...outcomes]).toEqual([`400 ${TH.loginFailed}`]);
		const gap = Math.abs(median(known) - median(unknown));
		test.info().annotations.push({
			type: 'timing',
			description: `median known ${median(known).toFixed(1)} ms, unknown ${median(unknown).toFixed(1)} ms`
		});
		expect(gap).toBeLessThan(150);
	});

	test('W08: the session cookie is HttpOnly, Secure, SameSite=Lax, Path=/; no token in storage', async ({
		page
	}) => {
		await page.goto('/login');
		await signIn(page, DEMO.coordinator);
		await expect(page).toHaveURL(BASE + '/');
		await expect(
			page.getByRole('heading', { level: 1, name: TH.welcome(DEMO_COORDINATOR_NAME) })
		).toBeVisible();

		const cookies = await page.context().cookies();
		const session = cookies.find((c) => c.name === SESSION_COOKIE);
		expect(session).toBeDefined();
		expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
		expect(session!.expires).toBeGreaterThan(Date.now() / 1000);

		const storage = await page.evaluate(() => ({
			local: Object.entries(localStorage),
			session: Object.values(sessionStorage)
		}));
		expect(storage.local).toEqual([]);
		for (const value of storage.session) expect(value).not.toContain(session!.value);
		// The cookie is out of reach of scripts on the page.
		expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
	});

	test('W08: the raw Set-Cookie header carries the attributes', async ({ request }) => {
		const res = await request.post('/login', {
			form: { email: DEMO.coordinator, password: DEMO_PASSWORD, redirectTo: '/' },
			headers: { origin: BASE, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(res.status()).toBe(303);
		const lines = res
			.headersArray()
			.filter((h) => h.name.toLowerCase() === 'set-cookie')
			.map((h) => h.value);
		const line = lines.find((l) => l.startsWith(`${SESSION_COOKIE}=`));
		expect(line).toBeDefined();
		const attrs = line!
			.split(';')
			.slice(1)
			.map((a) => a.trim().toLowerCase());
		expect(attrs).toContain('httponly');
		expect(attrs).toContain('secure');
		expect(attrs).toContain('samesite=lax');
		expect(attrs).toContain('path=/');
	});

	test('W07: logout ends the session and the old cookie is rejected afterwards', async ({
		page
	}) => {
		await page.goto('/login');
		await signIn(page, DEMO.coordinator);
		await expect(page).toHaveURL(BASE + '/');
		const old = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE)!;
		const cookie = `${SESSION_COOKIE}=${old.value}`;
		expect((await get('demo', '/', cookie)).status).toBe(200);

		await page.getByRole('button', { name: TH.logout }).click();
		await expect(page).toHaveURL(/\/login$/);
		expect((await page.context().cookies()).map((c) => c.name)).not.toContain(SESSION_COOKIE);

		// Replaying the old cookie: the session row is gone, so the server treats it as no session.
		const replay = await get('demo', '/', cookie);
		expect(replay.status).toBe(303);
		expect(replay.headers.get('location')).toBe('/login');

		await page.context().addCookies([{ ...old }]);
		await page.goto('/');
		await expect(page).toHaveURL(/\/login$/);
		await expect(page.getByRole('button', { name: TH.logout })).toHaveCount(0);
	});

	test.describe('W12: redirectTo after login', () => {
		const cases: [string, string][] = [
			['https://evil.com', '/'],
			['//evil.com', '/'],
			['/\\evil.com', '/'],
			['\\\\evil.com', '/'],
			['%2F%2Fevil.com', '/'],
			['https:evil.com', '/'],
			['javascript:alert(1)', '/'],
			['%09/evil.com', '/'],
			['/catalog/2565?x=2', '/catalog/2565?x=2']
		];
		for (const [raw, expected] of cases) {
			test(`redirectTo=${raw} lands on ${expected}`, async ({ page }) => {
				await page.goto(`/login?redirectTo=${raw}`);
				await signIn(page, DEMO.coordinator);
				await expect(page).toHaveURL(BASE + expected);
				await expect(page.getByRole('button', { name: TH.logout })).toBeVisible();
			});
		}

		test('the action re-checks a forged hidden redirectTo field', async () => {
			for (const [raw, expected] of cases) {
				const value = decodeURIComponent(raw);
				const res = await post('demo', '/login', {
					email: DEMO.coordinator,
					password: DEMO_PASSWORD,
					redirectTo: value
				});
				expect(res.status, value).toBe(303);
				expect(res.headers.get('location'), value).toBe(expected);
			}
		});
	});

	test('a signed-in user sees the demo organisation', async ({ page }) => {
		await page.goto('/login');
		await signIn(page, DEMO.coordinator);
		await expect(page.getByRole('banner')).toContainText(DEMO_ORG);
	});
});
