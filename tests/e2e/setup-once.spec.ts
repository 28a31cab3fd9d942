import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD } from './helpers';
import { postTo, startServer, type OwnServer } from './spawn';

/**
 * Issue 7, item 1: set-up runs once. An instance of this test's own, empty at start: the demo may
 * be opened there, an organisation created, and from then on every set-up action is a 403 that
 * writes nothing, and the login page no longer lists the demo's accounts and password.
 */
let server: OwnServer;

test.beforeAll(async () => {
	test.setTimeout(90_000);
	server = await startServer(1);
});
test.afterAll(() => server.stop());

const own = {
	name: 'เทศบาลตำบลทดสอบ',
	org_type: 'municipality',
	province: 'พะเยา',
	domain: 'test.go.th',
	full_name: 'ผู้ประสานงาน ทดสอบ',
	email: 'ita@test.go.th',
	password: 'own-org-pass-1',
	password_confirm: 'own-org-pass-1'
};
const attacker = { ...own, name: 'หน่วยงานปลอม', email: 'attacker@evil.example' };

const html = async (path: string) => (await fetch(server.origin + path)).text();

test('set-up runs once; the demo credentials show only while the demo is all there is', async ({
	page
}) => {
	// Empty instance: the set-up page may open the demo.
	const demo = await postTo(server.origin, '/setup?/demo', {});
	expect(demo.status).toBe(303);
	await page.goto(server.origin + '/login');
	await expect(page.getByRole('region', { name: /บัญชีทดลองใช้/ })).toContainText(DEMO_PASSWORD);
	await page.screenshot({ path: 'test-results/login-demo-only.png', fullPage: true });

	// The real organisation (allowed: only the demo exists), on the first list the page offers.
	const edition = /name="edition" value="([0-9a-f-]{36})"/.exec(await html('/setup'))?.[1];
	expect(edition).toBeTruthy();
	const created = await postTo(server.origin, '/setup?/create', { ...own, edition: edition! });
	expect(created.status).toBe(303);
	// Set-up signs the new coordinator in and opens the home page.
	expect(created.headers.get('location')).toBe('/?welcome=1');

	await page.goto(server.origin + '/login');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('region', { name: /บัญชีทดลองใช้/ })).toHaveCount(0);
	expect(await page.content()).not.toContain(DEMO_PASSWORD);
	expect(await page.content()).not.toContain(DEMO.coordinator);
	await page.screenshot({ path: 'test-results/login-own-org.png', fullPage: true });

	// From now on: 403 for every set-up action, anonymous or not, and nothing written.
	for (const [action, fields] of [
		['create', attacker],
		['demo', {}],
		['create', { ...attacker, name: '' }]
	] as const) {
		const res = await postTo(server.origin, `/setup?/${action}`, fields);
		expect(res.status, action).toBe(403);
	}
	const signIn = await postTo(server.origin, '/login', {
		email: attacker.email,
		password: attacker.password
	});
	expect(signIn.status, 'no account was created for the attacker').toBe(400);
	expect(await html('/login')).not.toContain(DEMO_PASSWORD);
	const setupPage = await fetch(server.origin + '/setup', { redirect: 'manual' });
	expect(setupPage.status).toBe(303);
	expect(setupPage.headers.get('location')).toBe('/login');
});
