import { expect, test } from '@playwright/test';
import { DEMO } from './helpers';
import { axe, signedIn } from './axe';

/**
 * What axe cannot see (a11y.spec.ts runs axe): the contrast of the focus ring and of input
 * borders, the skip link, an evidence error tied to its field, and the add-user form at 320 px.
 * These run with the other files, in turn: the evidence error needs o31 still open, before
 * guard-rails.spec.ts submits it.
 */

const Y = '/cycle/2565';

/** WCAG's contrast ratio of two computed `rgb(...)` colours. */
function contrast(a: string, b: string): number {
	const luminance = (css: string) => {
		const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
			const c = Number(v) / 255;
			return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

test('focus ring and input borders reach 3:1; the skip link leads to the content', async ({
	page
}) => {
	await page.goto('/login');
	const background = await page.evaluate(
		() => getComputedStyle(document.documentElement).backgroundColor
	);
	const card = 'rgb(255, 255, 255)';

	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'ข้ามไปยังเนื้อหา' });
	await expect(skip).toBeFocused();
	await expect(skip).toHaveAttribute('href', '#main');

	const email = page.getByLabel('อีเมล', { exact: true });
	const border = await email.evaluate((el) => getComputedStyle(el).borderTopColor);
	await email.focus();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	await expect(email).toBeFocused();
	const ring = await email.evaluate((el) => getComputedStyle(el).outlineColor);
	for (const [what, colour] of [
		['focus ring', ring],
		['input border', border]
	]) {
		for (const behind of [card, background]) {
			expect(contrast(colour, behind), `${what} ${colour} on ${behind}`).toBeGreaterThanOrEqual(3);
		}
	}
	// The top bar is dark: the ring there has a colour of its own.
	const topbar = await page
		.locator('.topbar')
		.evaluate((el) => getComputedStyle(el).backgroundColor);
	const logo = page.locator('.topbar .logo');
	await logo.focus();
	const topRing = await logo.evaluate((el) => getComputedStyle(el).outlineColor);
	expect(contrast(topRing, topbar)).toBeGreaterThanOrEqual(3);
});

test('an evidence error is the description of its field', async ({ browser }) => {
	const context = await signedIn(browser, DEMO.stat);
	const page = await context.newPage();
	await page.goto(`${Y}/items/o31`);
	// An item the contributor's division owns and has no evidence for yet: the form is open.
	const form = page.locator('form[action="?/addEvidence"]').first();
	await expect(form).toBeVisible();
	await form.getByLabel('URL').fill('not a url');
	await form.getByRole('button', { name: 'เพิ่มหลักฐาน' }).click();
	await expect(form.getByLabel('URL')).toHaveAccessibleDescription(/ไม่ใช่ URL ที่สมบูรณ์/);
	await expect(form.getByLabel('URL')).toHaveAttribute('aria-invalid', 'true');
	expect(await axe(page, 'evidence error')).toEqual([]);
	await context.close();
});

test('the add-user form fits a 320 px screen', async ({ browser }) => {
	const context = await signedIn(browser, DEMO.coordinator);
	const page = await context.newPage();
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto('/settings/members');
	const form = page.locator('form[action="?/create"]');
	await expect(form.getByLabel('อีเมล', { exact: true })).toBeVisible();
	const box = (await form.boundingBox())!;
	expect(box.x + box.width).toBeLessThanOrEqual(320);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	await context.close();
});
