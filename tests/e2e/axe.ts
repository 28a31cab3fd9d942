import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { signIn } from './helpers';

/** WCAG 2.2 AA as axe checks it. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations on the page as it is, one line each, prefixed with `where`. */
export async function axe(page: Page, where: string): Promise<string[]> {
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

/** A browser context signed in as `email` (the demo's password). */
export async function signedIn(browser: Browser, email: string): Promise<BrowserContext> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/login');
	await signIn(page, email);
	await expect(page).not.toHaveURL(/\/login/);
	await page.close();
	return context;
}
