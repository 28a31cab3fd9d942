import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { DEMO, DEMO_ORG, signIn } from './helpers';

/**
 * The action-plan register as its people use it: the coordinator imports a plan by pasting its
 * table and sees the preview before anything is saved; a division reports its item's 6-month
 * progress, another division cannot; the coordinator returns it, then approves the fix; the
 * printed report carries it; the OIT item of the 6-month report links to making that document.
 */
async function as(page: Page, email: string) {
	await page.goto('/login');
	await signIn(page, email);
	await expect(page).not.toHaveURL(/\/login/);
}

async function demoPlan(page: Page): Promise<string> {
	await page.goto('/plans');
	const href = await page
		.getByRole('link', { name: 'แผนปฏิบัติการป้องกันการทุจริต อบจ.พะเยา' })
		.getAttribute('href');
	return href!;
}

test('a coordinator imports a plan pasted from its document, after a preview that checks its totals', async ({
	page
}) => {
	await as(page, DEMO.coordinator);
	await page.goto('/plans');
	await page.getByLabel('ชื่อแผน').fill('แผนปฏิบัติการป้องกันการทุจริต เทศบาลเมืองอ่างทอง');
	await page
		.getByLabel(/หรือวางตาราง/)
		.fill(readFileSync('tests/fixtures/plans/angthong-2566-2570.tsv', 'utf8'));
	await page.getByRole('button', { name: 'ตรวจก่อนนำเข้า' }).click();
	await expect(page.getByText('พบ 27 รายการ ใน 4 มิติ ปีงบประมาณ 2566 – 2570')).toBeVisible();
	await expect(page.getByText('ยอดรวมที่พิมพ์ในเอกสารไม่ตรงกับผลรวมของรายการ')).toHaveCount(0);
	await page.getByRole('button', { name: 'นำเข้าแผนนี้ (27 รายการ)' }).click();
	await expect(page.getByText('นำเข้าแผนแล้ว')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'แผนปฏิบัติการป้องกันการทุจริต เทศบาลเมืองอ่างทอง'
	);
	await page.getByLabel('ปีงบประมาณ', { exact: true }).selectOption('2566');
	await expect(page).toHaveURL(/year=2566/);
	const dim1 = page.locator('table', { hasText: 'ตามมิติ' }).getByRole('row', { name: /มิติที่ 1/ });
	await expect(dim1).toContainText('75,160');
	// The table names no owners: the coordinator gives item 6 to กองคลัง, who may then report it.
	await page.getByRole('link', { name: /^โครงการเสริมสร้างองค์ความรู้ด้านการต่อต้านการทุจริต/ }).click();
	await page.getByRole('checkbox', { name: 'กองคลัง' }).check();
	await page.getByRole('button', { name: 'บันทึกผู้รับผิดชอบ' }).click();
	await expect(page.getByText('บันทึกผู้รับผิดชอบแล้ว')).toBeVisible();
	await expect(page.locator('dd').first()).toHaveText('กองคลัง');
});

test('a bad budget blocks the import and names its row; nothing is saved', async ({ page }) => {
	await as(page, DEMO.coordinator);
	await page.goto('/plans');
	const before = await page.locator('ul.plans > li').count();
	await page.getByLabel('ชื่อแผน').fill('แผนที่ผิด');
	await page
		.getByLabel(/หรือวางตาราง/)
		.fill(
			'มิติ\tภารกิจตามมิติ\tโครงการ\tปี 2566\tหมายเหตุ\n1. สังคม\t1.1 จิตสำนึก\t1) โครงการ ก\tสามหมื่น\tกองคลัง'
		);
	await page.getByRole('button', { name: 'ตรวจก่อนนำเข้า' }).click();
	await expect(
		page.locator('.issues li', { hasText: 'แถว 2: งบประมาณ "สามหมื่น" ไม่ใช่จำนวนเงิน' })
	).toBeVisible();
	await expect(page.getByRole('button', { name: /นำเข้าแผนนี้/ })).toHaveCount(0);
	await expect(page.locator('ul.plans > li')).toHaveCount(before);
});

test('a division reports its item, the coordinator returns then approves it, and the report prints it', async ({
	browser
}) => {
	test.slow(); // four people and a dozen pages
	const stat = await browser.newPage();
	await as(stat, DEMO.stat);
	const plan = await demoPlan(stat);
	await stat.goto(`${plan}?year=2568&round=half`);
	await stat.getByRole('link', { name: /^มาตรการปรับปรุงและพัฒนาศูนย์ข้อมูลข่าวสาร/ }).click();
	await stat.waitForURL(/\/items\//);
	const itemUrl = stat.url();
	expect(itemUrl).toContain('year=2568&round=half');
	await stat.getByLabel('สถานะ').selectOption('done');
	await stat.getByLabel('ผลการดำเนินงาน').fill('ปรับปรุงศูนย์ข้อมูลข่าวสาร เผยแพร่ครบทุกหมวด');
	await stat.getByLabel(/งบประมาณที่ใช้จ่าย/).fill('๘๕,๕๐๐');
	await stat.getByLabel('ลิงก์ 1').fill('https://www.pyo.go.th/ศูนย์ข้อมูล');
	await stat.getByRole('button', { name: 'ส่งรายงาน' }).click();
	await expect(stat.getByText('ส่งรายงานแล้ว รอผู้ประสานงานตรวจ')).toBeVisible();
	await expect(stat.getByText('85,500', { exact: true })).toBeVisible();
	await expect(stat.getByRole('link', { name: 'https://www.pyo.go.th/ศูนย์ข้อมูล' })).toBeVisible();

	const finance = await browser.newPage();
	await as(finance, DEMO.finance);
	await finance.goto(itemUrl);
	await expect(finance.getByText('ส่วนราชการผู้รับผิดชอบหรือผู้ประสานงานเป็นผู้รายงานรายการนี้')).toBeVisible();
	await expect(finance.getByRole('button', { name: 'ส่งรายงาน' })).toHaveCount(0);

	const coordinator = await browser.newPage();
	await as(coordinator, DEMO.coordinator);
	await coordinator.goto(itemUrl);
	await coordinator.getByRole('button', { name: 'ส่งกลับให้แก้ไข' }).click();
	await expect(coordinator.getByText('บอกผู้รับผิดชอบว่าต้องแก้อะไรก่อนส่งกลับ')).toBeVisible();
	await coordinator.getByLabel(/ความเห็น/).fill('แนบภาพถ่ายกิจกรรม');
	await coordinator.getByRole('button', { name: 'ส่งกลับให้แก้ไข' }).click();
	await expect(coordinator.getByText('ส่งกลับให้ผู้รับผิดชอบแก้ไขแล้ว')).toBeVisible();

	await stat.reload();
	await expect(stat.getByText(/ผู้ประสานงานส่งกลับ: แนบภาพถ่ายกิจกรรม/)).toBeVisible();
	await stat.getByLabel('ลิงก์ 2').fill('https://www.pyo.go.th/ภาพกิจกรรม');
	await stat.getByRole('button', { name: 'ส่งรายงาน' }).click();
	await expect(stat.getByText('ส่งรายงานแล้ว รอผู้ประสานงานตรวจ')).toBeVisible();

	await coordinator.reload();
	await coordinator.getByRole('button', { name: 'รับรองรายงาน' }).click();
	await expect(coordinator.getByText('รับรองรายงานแล้ว')).toBeVisible();
	await expect(coordinator.getByRole('button', { name: 'ส่งรายงาน' })).toHaveCount(0);

	await coordinator.goto(`${plan}?year=2568&round=half`);
	await coordinator.getByRole('link', { name: 'พิมพ์รายงานรอบ 6 เดือน' }).click();
	const doc = coordinator.locator('article.doc');
	await expect(doc.getByRole('heading', { level: 1 })).toContainText(
		'รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต รอบ 6 เดือน'
	);
	const row = doc.getByRole('row', { name: /ศูนย์ข้อมูลข่าวสาร/ });
	await expect(row).toContainText('ดำเนินการแล้วเสร็จ');
	await expect(row).toContainText('85,500');
	await expect(doc.getByRole('row', { name: /^มิติที่ 2/ }).first()).toContainText('85,500');
	const pdf = await coordinator.pdf({ format: 'A4', landscape: true });
	expect(pdf.subarray(0, 4).toString()).toBe('%PDF');

	const res = await coordinator.request.get(`${plan}/export.xlsx?year=2568&round=half`);
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(Buffer.from(await res.body()) as unknown as ArrayBuffer);
	expect(book.company).toBe(DEMO_ORG);
	expect(book.title).toBe('แผนปฏิบัติการป้องกันการทุจริต อบจ.พะเยา');
	const [planSheet, reportSheet] = book.worksheets;
	expect(planSheet.name).toBe('แผนปฏิบัติการ');
	expect(planSheet.rowCount).toBe(56); // header + 55 items
	const reported = reportSheet
		.getRows(1, reportSheet.rowCount)!
		.find((r) => String(r.getCell(2).value).startsWith('มาตรการปรับปรุงและพัฒนาศูนย์ข้อมูลข่าวสาร'));
	expect(reported?.getCell(6).value).toBe(85500);
});

test('the OIT item of the plan offers to make the plan document', async ({ page }) => {
	await as(page, DEMO.coordinator);
	await page.goto('/cycle/2565/items/o39');
	// The demo round is FY2565; Phayao's plan covers 2566–2570.
	await expect(page.getByText('ยังไม่มีแผนที่ครอบคลุมปีงบประมาณ 2565')).toBeVisible();
	await page.goto('/cycle/2565/items/o42');
	await expect(page.getByRole('link', { name: 'จัดทำเอกสารนี้' })).toHaveAttribute(
		'href',
		'/measures/2565/print'
	);
});
