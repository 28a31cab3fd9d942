import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_COORDINATOR_NAME, DEMO_ORG, EN, origin, signIn, TH } from './helpers';

/**
 * Full-page screenshots of the main pages for a person to look at after UI changes
 * (tests/screenshots/, git-ignored). Each test also asserts the page really is what it claims.
 */

const VIEWPORTS = {
	desktop: { width: 1280, height: 900 },
	phone: { width: 390, height: 844 }
} as const;

async function shoot(page: Page, name: string, viewport: string) {
	// Thai glyphs come from a web font: wait for it, or the picture shows a fallback or nothing.
	await page.evaluate(() => document.fonts.ready);
	expect(await page.evaluate(() => document.fonts.check('16px Sarabun', 'ภาษาไทย'))).toBe(true);
	await page.screenshot({ path: `tests/screenshots/${name}-${viewport}.png`, fullPage: true });
}

for (const [viewport, size] of Object.entries(VIEWPORTS)) {
	test.describe(`screenshots at ${viewport} ${size.width}×${size.height}`, () => {
		test.use({ viewport: size });

		test('login (demo)', async ({ page }) => {
			await page.goto('/login');
			await expect(page.getByRole('heading', { level: 1, name: TH.loginTitle })).toBeVisible();
			await expect(page.getByRole('cell', { name: DEMO.coordinator })).toBeVisible();
			await shoot(page, 'login', viewport);
		});

		test('catalogue FY2565 in Thai and in English', async ({ page }) => {
			await page.goto('/catalog/2565');
			await expect(page.getByRole('heading', { level: 1, name: TH.catalogTitle })).toBeVisible();
			await expect(page.locator('li.item')).toHaveCount(43);
			await shoot(page, 'catalog-2565-th', viewport);

			await page.getByRole('button', { name: 'English' }).click();
			await expect(page.getByRole('heading', { level: 1, name: EN.catalogTitle })).toBeVisible();
			await expect(page).toHaveURL(origin('demo') + '/catalog/2565');
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			await shoot(page, 'catalog-2565-en', viewport);
		});

		test('home as the demo coordinator', async ({ page }) => {
			await page.goto('/login');
			await signIn(page, DEMO.coordinator);
			await expect(
				page.getByRole('heading', { level: 1, name: TH.welcome(DEMO_COORDINATOR_NAME) })
			).toBeVisible();
			await expect(page.getByRole('main')).toContainText(DEMO_ORG);
			await shoot(page, 'home-coordinator', viewport);
		});

		test('set-up page (no organisation yet)', async ({ page }) => {
			await page.goto(origin('pristine') + '/setup');
			await expect(page.getByRole('heading', { level: 1, name: TH.setupTitle })).toBeVisible();
			await expect(page.getByRole('button', { name: 'สร้างหน่วยงาน' })).toBeVisible();
			await shoot(page, 'setup', viewport);
		});
	});
}
