import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { DEMO, origin, signIn, type Server } from './helpers';

/**
 * WCAG 2.2 AA as axe checks it, on the main pages of each role, in Thai and English, at desktop
 * and phone width; then what axe cannot see: the contrast of the focus ring and of input borders,
 * the skip link, an evidence error tied to its field, and the add-user form at 320 px.
 * One signed-in context per role; each page is loaded once per language and scanned at both
 * widths. Every violation is collected, so one failure lists them all.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWPORTS = {
	desktop: { width: 1280, height: 900 },
	phone: { width: 390, height: 844 }
} as const;
const LANGS = ['th', 'en'] as const;
const Y = '/cycle/2565';
/** A budget per axe scan: generous, since the machine running the suite may be busy. */
const PER_SCAN_MS = 15_000;

async function axe(page: Page, where: string): Promise<string[]> {
	// Legacy mode runs axe in the page itself; this app has no iframes, and the default mode
	// opens an extra page per scan.
	// options() first: it replaces the options withTags() sets.
	const { violations } = await new AxeBuilder({ page })
		.options({ resultTypes: ['violations'] })
		.withTags(TAGS)
		.setLegacyMode(true)
		.analyze();
	return violations.map((v) => {
		const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' '));
		return `${where}: ${v.id} ×${v.nodes.length} ${targets.join(' | ')}`;
	});
}

/** Loads each path in each language and scans it at both widths; returns what axe found. */
async function scanAll(context: BrowserContext, server: Server, paths: string[]) {
	const page = await context.newPage();
	const found: string[] = [];
	for (const lang of LANGS) {
		await context.addCookies([{ name: 'lang', value: lang, url: origin(server) }]);
		for (const path of paths) {
			const res = await page.goto(origin(server) + path);
			expect(res?.status(), `${path} (${lang})`).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			for (const [name, size] of Object.entries(VIEWPORTS)) {
				await page.setViewportSize(size);
				found.push(...(await axe(page, `${path} [${lang}, ${name}]`)));
			}
		}
	}
	await page.close();
	return found;
}

async function signedIn(browser: Browser, email: string): Promise<BrowserContext> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/login');
	await signIn(page, email);
	await expect(page).not.toHaveURL(/\/login/);
	await page.close();
	return context;
}

const READ_ONLY = ['/', `${Y}/dashboard`, `${Y}/matrix`, `${Y}/items/o10`, `${Y}/report`];
const ROLES: Record<string, { email: string; paths: string[] }> = {
	coordinator: {
		email: DEMO.coordinator,
		paths: [
			...READ_ONLY,
			`${Y}/review`,
			`${Y}/print`,
			'/editions',
			'/rounds',
			'/history',
			'/settings/divisions',
			'/settings/members',
			'/settings/organisation',
			'/settings/api-tokens',
			'/plans',
			'/measures/2565'
		]
	},
	contributor: {
		email: DEMO.stat,
		paths: ['/', '/my-work', `${Y}/matrix`, `${Y}/items/o31`, '/editions']
	},
	// The executive's matrix is the viewer's (both read only); the costliest page is scanned once.
	executive: { email: DEMO.executive, paths: READ_ONLY.filter((p) => !p.endsWith('/matrix')) },
	viewer: { email: DEMO.viewer, paths: READ_ONLY }
};

test.describe('axe: WCAG 2.2 AA', () => {
	for (const [role, { email, paths }] of Object.entries(ROLES)) {
		test(`pages of the ${role}`, async ({ browser }) => {
			test.setTimeout((paths.length + 1) * 4 * PER_SCAN_MS);
			const context = await signedIn(browser, email);
			if (role === 'coordinator') {
				// An edition's own page: the first one the list links to.
				const page = await context.newPage();
				await page.goto('/editions');
				paths.push(
					(await page
						.locator('main a[href^="/editions/"]:not([href*="diff"])')
						.first()
						.getAttribute('href'))!
				);
				// The demo's action plan, one of its items and its printed report.
				await page.goto('/plans');
				const plan = await page.locator('ul.plans a').first().getAttribute('href');
				await page.goto(`${plan}?year=2566`);
				const item = await page
					.locator('main table a[href*="/items/"]')
					.first()
					.getAttribute('href');
				paths.push(`${plan}?year=2566`, item!, `${plan}/report?doc=progress&year=2566&round=half`);
				await page.close();
			}
			const found = await scanAll(context, 'demo', paths);
			await context.close();
			expect(found).toEqual([]);
		});
	}

	test('signed-out pages: login, catalogue, set-up on the pristine server', async ({ browser }) => {
		test.setTimeout(3 * 4 * PER_SCAN_MS);
		const context = await browser.newContext();
		const found = [
			...(await scanAll(context, 'demo', ['/login', '/catalog/2565'])),
			...(await scanAll(context, 'pristine', ['/setup']))
		];
		await context.close();
		expect(found).toEqual([]);
	});
});

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
