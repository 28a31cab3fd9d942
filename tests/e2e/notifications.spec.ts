import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, origin, signIn } from './helpers';
import { axe } from './axe';

/**
 * The notification centre on the demo: the coordinator returns o7 (owed by
 * ฝ่ายสถิติข้อมูลและสารสนเทศ) and its contributor's bell counts it, the page lists it with its
 * comment and link, and "mark all read" clears the count. Other files may have left notifications
 * for the same person, so the count is compared with what it was before.
 */
async function as(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.goto('/login');
	await signIn(page, email);
	await expect(page).not.toHaveURL(/\/login/);
	return page;
}

const bell = (page: Page) => page.getByRole('link', { name: /^การแจ้งเตือน/ });

async function unread(page: Page): Promise<number> {
	const label = (await bell(page).getAttribute('aria-label')) ?? '';
	return Number(/ยังไม่อ่าน (\d+)/.exec(label)?.[1] ?? 0);
}

test('a returned item shows under the contributor’s bell until it is read', async ({ browser }) => {
	const staff = await as(browser, DEMO.stat);
	const before = await unread(staff);

	const coord = await as(browser, DEMO.coordinator);
	await coord.goto('/cycle/2565/items/o7');
	const part = coord.locator('section.part').first();
	await part.getByRole('button', { name: 'เปิดให้แก้ไขอีกครั้ง' }).click();
	await part.getByRole('button', { name: 'ส่งให้ผู้ประสานงานตรวจ' }).click();
	await part.getByLabel(/ความเห็น \(จำเป็น/).fill('ใส่ข่าวเดือนมกราคม 2565 ด้วย');
	await part.getByRole('button', { name: 'ส่งกลับให้แก้ไข' }).click();
	await expect(part.locator('.status')).toContainText('ส่งกลับแก้ไข');

	await staff.reload();
	await expect(bell(staff)).toHaveAttribute(
		'aria-label',
		`การแจ้งเตือน ยังไม่อ่าน ${before + 1} รายการ`
	);
	await expect(bell(staff)).toContainText(String(before + 1));
	await bell(staff).click();
	await expect(staff).toHaveURL(/\/notifications$/);
	const item = staff.locator('li.unread', { hasText: 'ส่งกลับให้แก้ไข: o7' }).first();
	await expect(item).toContainText('ความเห็นของผู้ตรวจ: ใส่ข่าวเดือนมกราคม 2565 ด้วย');
	await expect(item.getByRole('link', { name: /ส่งกลับให้แก้ไข: o7/ })).toHaveAttribute(
		'href',
		'/cycle/2565/items/o7'
	);

	await staff.getByRole('button', { name: 'ทำเครื่องหมายว่าอ่านทั้งหมดแล้ว' }).click();
	await expect(bell(staff)).toHaveAttribute('aria-label', 'การแจ้งเตือน');
	await expect(staff.locator('li.unread')).toHaveCount(0);
	await staff.reload();
	expect(await unread(staff)).toBe(0);
});

test('the page passes axe (WCAG 2.2 AA) in Thai and English, desktop and phone', async ({
	browser
}) => {
	const staff = await as(browser, DEMO.stat);
	const found: string[] = [];
	for (const lang of ['th', 'en']) {
		await staff.context().addCookies([{ name: 'lang', value: lang, url: origin('demo') }]);
		await staff.goto('/notifications');
		for (const width of [1280, 390]) {
			await staff.setViewportSize({ width, height: 900 });
			found.push(...(await axe(staff, `${lang} ${width}`)));
		}
	}
	expect(found).toEqual([]);
});
