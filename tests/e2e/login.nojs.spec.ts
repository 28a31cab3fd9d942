import { expect, test } from '@playwright/test';
import {
	DEMO,
	DEMO_COORDINATOR_NAME,
	DEMO_ORG,
	DEMO_PASSWORD,
	origin,
	SESSION_COOKIE,
	signIn,
	TH
} from './helpers';

const BASE = origin('demo');

/** The login form, logout and the language switch are plain HTML forms: they work without JavaScript. */
test.describe('login on the demo server (JavaScript off)', () => {
	test('the demo accounts are listed', async ({ page }) => {
		await page.goto('/login');
		for (const email of Object.values(DEMO)) {
			await expect(page.getByRole('cell', { name: email, exact: true })).toBeVisible();
		}
		await expect(page.getByText(DEMO_PASSWORD)).toBeVisible();
	});

	test('a wrong password answers 400 with the Thai message and keeps the e-mail', async ({
		page
	}) => {
		await page.goto('/login');
		const [response] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			signIn(page, DEMO.stat, 'not-the-password')
		]);
		expect(response.status()).toBe(400);
		await expect(page.getByRole('alert')).toHaveText(TH.loginFailed);
		await expect(page.getByLabel(TH.email, { exact: true })).toHaveValue(DEMO.stat);
		await expect(page.getByLabel(TH.password, { exact: true })).toHaveValue('');
	});

	test('sign in, keep a safe redirectTo, switch language, sign out', async ({ page }) => {
		await page.goto('/login?redirectTo=/catalog/2565?x=2');
		await signIn(page, DEMO.coordinator);
		await expect(page).toHaveURL(BASE + '/catalog/2565?x=2');
		await expect(page.getByRole('heading', { level: 1, name: TH.catalogTitle })).toBeVisible();

		await page.getByRole('link', { name: 'หน้าหลัก' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: TH.welcome(DEMO_COORDINATOR_NAME) })
		).toBeVisible();
		await expect(page.getByRole('banner')).toContainText(DEMO_ORG);

		await page.getByRole('button', { name: 'English' }).click();
		await expect(page).toHaveURL(BASE + '/');
		await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
		await page.getByRole('button', { name: 'ภาษาไทย' }).click();

		await page.getByRole('button', { name: TH.logout }).click();
		await expect(page).toHaveURL(BASE + '/login');
		expect((await page.context().cookies()).map((c) => c.name)).not.toContain(SESSION_COOKIE);
		await page.goto('/');
		await expect(page).toHaveURL(BASE + '/login');
	});
});
