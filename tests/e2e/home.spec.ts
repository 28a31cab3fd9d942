import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';

/**
 * The home page says what to do next, by role, on the demo (as of 8 Feb 2565, internal deadline
 * 15 Feb): the coordinator sees what waits on them, a contributor the parts due this week, an
 * executive readiness, what to finish first and the sign-off. A new organisation's home is
 * checked in setup-flow.ts.
 */
async function as(browser: Browser, email: string, lang: 'th' | 'en' = 'th'): Promise<Page> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/login');
	await signIn(page, email);
	await expect(page).toHaveURL(/\/$/);
	if (lang === 'en') {
		await context.addCookies([{ name: 'lang', value: 'en', url: page.url() }]);
		await page.goto('/');
	}
	return page;
}

const main = (page: Page) => page.getByRole('main');

test('coordinator: readiness with items at risk, nothing unassigned, parts waiting for review', async ({
	browser
}) => {
	const page = await as(browser, DEMO.coordinator);
	await expect(main(page).getByRole('heading', { name: 'ความพร้อมของรอบนี้' })).toBeVisible();
	await expect(main(page)).toContainText(/ข้อที่มีความเสี่ยง [1-9]\d* จาก 43 ข้อ/);
	await expect(main(page).getByRole('heading', { name: 'ข้อที่ยังไม่มีผู้รับผิดชอบ (0)' })).toBeVisible();
	const review = main(page)
		.locator('section')
		.filter({
			has: page.getByRole('heading', { name: /^รอการตรวจ \([1-9]\d*\)$/ })
		});
	await expect(review).toContainText('o3');
	await expect(review.getByRole('link', { name: 'ไปหน้าตรวจหลักฐาน' })).toHaveAttribute(
		'href',
		'/cycle/2565/review'
	);
	// An organisation already set up is not shown the first steps.
	await expect(main(page).getByRole('heading', { name: 'เริ่มต้นใช้งาน' })).toHaveCount(0);
});

test('contributor: the parts due within 7 days, with links to the items', async ({ browser }) => {
	const page = await as(browser, DEMO.stat);
	await expect(main(page).getByRole('heading', { name: 'สิ่งที่ต้องทำต่อไป' })).toBeVisible();
	await expect(
		main(page).getByRole('heading', { name: /^ครบกำหนดภายใน 7 วัน \([1-9]\d*\)$/ })
	).toBeVisible();
	await expect(main(page).getByRole('link', { name: /^o5 / })).toHaveAttribute(
		'href',
		'/cycle/2565/items/o5'
	);
	// A contributor is not shown readiness figures or the coordinator's lists.
	await expect(main(page).getByRole('heading', { name: 'ความพร้อมของรอบนี้' })).toHaveCount(0);
	await expect(main(page).getByRole('heading', { name: /ข้อที่ยังไม่มีผู้รับผิดชอบ/ })).toHaveCount(0);
});

test('executive: readiness, five items to finish first and the state of the sign-off', async ({
	browser
}) => {
	const page = await as(browser, DEMO.executive);
	await expect(main(page).getByRole('heading', { name: 'ความพร้อมของรอบนี้' })).toBeVisible();
	const first = main(page)
		.locator('section')
		.filter({ has: page.getByRole('heading', { name: 'ควรทำให้เสร็จก่อน' }) });
	await expect(first.getByRole('listitem')).toHaveCount(5);
	await expect(first).toContainText('คะแนน ITA');
	const signoff = main(page)
		.locator('section')
		.filter({ has: page.getByRole('heading', { name: 'การรับรองความพร้อมของผู้บริหาร' }) });
	await expect(signoff).toContainText(/ผู้บริหารยังไม่ได้รับรองความพร้อม|รับรอง/);
	await expect(main(page).getByRole('heading', { name: /ข้อที่ยังไม่มีผู้รับผิดชอบ/ })).toHaveCount(0);
});

test('in English the home page speaks English', async ({ browser }) => {
	const page = await as(browser, DEMO.coordinator, 'en');
	await expect(main(page).getByRole('heading', { name: 'Readiness of this round' })).toBeVisible();
	await expect(
		main(page).getByRole('heading', { name: 'Items without an owner (0)' })
	).toBeVisible();
	const contributor = await as(browser, DEMO.stat, 'en');
	await expect(main(contributor).getByRole('heading', { name: 'What to do next' })).toBeVisible();
});
