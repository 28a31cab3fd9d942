import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';

/**
 * The measures forms work with JavaScript off (FY2567 of the demo, which no other file uses):
 * a refused form keeps what was typed, the coordinator adds a measure and an action, the owning
 * division reports its result.
 */
test.describe.configure({ mode: 'serial' });

const TITLE = 'มาตรการทดสอบโดยไม่ใช้ JavaScript';
const METHOD = 'ปรับปรุงหน้าเว็บไซต์ข้อมูลพื้นฐานทุกไตรมาส';

async function as(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
	await page.goto('/login');
	await signIn(page, email);
	await page.goto('/measures/2567');
	return page;
}

test('the coordinator adds a measure and an action without JavaScript', async ({ browser }) => {
	const page = await as(browser, DEMO.coordinator);
	const add = page.getByRole('region', { name: 'เพิ่มมาตรการ' });
	await add.getByLabel('มาตรการ/แนวทาง').fill(TITLE);
	await add.getByRole('button', { name: 'เพิ่มมาตรการ' }).click();
	const m = page.getByRole('region', { name: new RegExp(TITLE) });
	await expect(m).toBeVisible();

	// No division chosen: refused, with the method kept and the form left open.
	await m.locator('summary', { hasText: 'เพิ่มวิธีการดำเนินการ' }).click();
	await m.getByLabel('วิธีการดำเนินการ').fill(METHOD);
	await m.getByLabel('ระยะเวลาดำเนินการ').fill('ตลอดปีงบประมาณ');
	await m.getByRole('button', { name: 'เพิ่มวิธีการดำเนินการ' }).click();
	await expect(m.getByText('เลือกส่วนราชการอย่างน้อยหนึ่งแห่ง หรือเลือกทุกส่วนราชการ')).toBeVisible();
	await expect(m.getByLabel('วิธีการดำเนินการ')).toHaveValue(METHOD);

	await m.getByRole('checkbox', { name: 'ฝ่ายสถิติข้อมูลและสารสนเทศ' }).check();
	await m.getByRole('button', { name: 'เพิ่มวิธีการดำเนินการ' }).click();
	const row = m.getByRole('row', { name: new RegExp(METHOD) });
	await expect(row).toContainText('อ่านได้ว่า 1 ต.ค. 2566 – 30 ก.ย. 2567');
});

test('the owning division reports the result without JavaScript', async ({ browser }) => {
	const page = await as(browser, DEMO.stat);
	const m = page.getByRole('region', { name: new RegExp(TITLE) });
	await m.locator('summary', { hasText: 'รายงานผล' }).click();
	await m.getByLabel('สถานะ').selectOption({ label: 'อยู่ระหว่างดำเนินการ' });
	await m.getByLabel('ผลการดำเนินงาน').fill('ปรับปรุงแล้วไตรมาสแรก');
	await m.getByRole('button', { name: 'บันทึก' }).click();
	const row = m.getByRole('row', { name: new RegExp(METHOD) });
	await expect(row).toContainText('ปรับปรุงแล้วไตรมาสแรก');
	await expect(row).toContainText('อยู่ระหว่างดำเนินการ');
});
