import { expect, test, type BrowserContext } from '@playwright/test';
import { DEMO, origin, type Server } from './helpers';
import { axe, signedIn } from './axe';

/**
 * WCAG 2.2 AA as axe checks it, on the main pages of each role, in Thai and English, at desktop
 * and phone width (what axe cannot see is in a11y-manual.spec.ts). One signed-in context per
 * role; each page is loaded once per language and scanned at both widths. Every violation is
 * collected, so one failure lists them all.
 */

const VIEWPORTS = {
	desktop: { width: 1280, height: 900 },
	phone: { width: 390, height: 844 }
} as const;
const LANGS = ['th', 'en'] as const;
const Y = '/cycle/2565';
/** A budget per axe scan: generous, since the machine running the suite may be busy. */
const PER_SCAN_MS = 15_000;

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
