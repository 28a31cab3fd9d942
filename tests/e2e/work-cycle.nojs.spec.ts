import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers';

/** The evidence and submit forms work with JavaScript off (finance division, o19). */
test('a contributor adds evidence and submits without JavaScript', async ({ page }) => {
	await page.goto('/login');
	await signIn(page, DEMO.finance);
	await page.goto('/cycle/2565/items/o19');
	const part = page.locator('section.part').first();
	const form = part.locator('form[action="?/addEvidence"]');
	await form.getByLabel('URL').fill('https://www.pyo.go.th/budget-progress-2565');
	await form.getByLabel('ชื่อเรื่อง').fill('รายงานการใช้จ่ายงบประมาณ รอบ 6 เดือน');
	for (const box of await form.getByRole('checkbox').all()) await box.check();
	await form.getByRole('button', { name: 'เพิ่มหลักฐาน' }).click();
	await expect(part.getByRole('link', { name: 'รายงานการใช้จ่ายงบประมาณ รอบ 6 เดือน' })).toBeVisible();
	await expect(page.locator('.coverage li', { hasText: 'ยังไม่มี' })).toHaveCount(0);

	await part.getByRole('button', { name: 'ส่งให้ผู้ประสานงานตรวจ' }).click();
	await expect(part.locator('.status')).toContainText('ส่งแล้ว');
	await expect(part.locator('.evidence-item')).toHaveCount(1);
});

/** Without JavaScript the server answers with the confirmation step (o40, no other file uses it). */
test('a submission short of elements asks to confirm without JavaScript', async ({ page }) => {
	await page.goto('/login');
	await signIn(page, DEMO.coordinator);
	await page.goto('/cycle/2565/items/o40');
	const part = page.locator('section.part').first();
	const form = part.locator('form[action="?/addEvidence"]');
	await form.getByLabel('URL').fill('https://www.pyo.go.th/ita2565/o40');
	await form.getByLabel('ชื่อเรื่อง').fill('ความก้าวหน้าการดำเนินงาน');
	await form.getByRole('checkbox').first().check();
	await form.getByRole('button', { name: 'เพิ่มหลักฐาน' }).click();
	await part.getByRole('button', { name: 'ส่งให้ผู้ประสานงานตรวจ' }).click();
	const confirm = part.getByRole('alert');
	await expect(confirm).toContainText('ยังส่งไม่ครบ');
	await expect(confirm).toContainText('มีข้อมูลรายละเอียด');
	await expect(part.locator('.status')).toContainText('ฉบับร่าง');
	await confirm.getByRole('button', { name: 'ส่งตรวจทั้งที่ยังไม่ครบ' }).click();
	await expect(part.locator('.status')).toContainText('ส่งแล้ว');
});
