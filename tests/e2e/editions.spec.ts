import { expect, test, type Browser, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { DEMO, signIn } from './helpers';

/**
 * Making an edition (issue 8 §4) on the demo: the coordinator copies FY2569 to FY2570, edits two
 * items, exports the edition as XLSX, changes the file and imports it (a bad file first: its
 * problems by row, nothing saved), and screenshots of the list, the editor and the errors.
 */
test.describe.configure({ mode: 'serial', timeout: 120_000 });

/** Screenshots for a person to look at (the folder is not committed, as in screenshots.spec.ts). */
const SHOTS = 'tests/screenshots';

async function as(browser: Browser, viewport = { width: 1280, height: 900 }, lang = 'th') {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	await page.goto('/login');
	await signIn(page, DEMO.coordinator);
	await expect(page).not.toHaveURL(/\/login/);
	if (lang === 'en') {
		await context.addCookies([{ name: 'lang', value: 'en', url: page.url() }]);
	}
	return page;
}

/** Saves the page for review; the page must fit its width (nothing runs off the side). */
async function shot(page: Page, name: string) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `${name} runs off the side`).toBeLessThanOrEqual(0);
	mkdirSync(SHOTS, { recursive: true });
	await page.screenshot({ path: `${SHOTS}/editions-${name}.png`, fullPage: true });
}

let editionUrl = '';

test('copy FY2569 to FY2570 and edit two items', async ({ browser }) => {
	const page = await as(browser);
	await page.goto('/editions');
	await expect(page.getByRole('heading', { name: 'ฉบับรายการ OIT', level: 1 })).toBeVisible();
	const row = page.getByRole('row').filter({ hasText: '2569' }).first();
	await row.getByRole('link', { name: 'คัดลอกไปปีงบประมาณ…' }).click();
	await page.getByLabel('ปีงบประมาณ พ.ศ. ของฉบับใหม่').fill('2570');
	await page.getByRole('button', { name: 'คัดลอก', exact: true }).click();
	await expect(page).toHaveURL(/\/editions\/[0-9a-f-]{36}\?edit=1/);
	await expect(page.getByRole('status')).toContainText('คัดลอกแล้ว');
	editionUrl = page.url().split('?')[0];

	const o3 = page.locator('li#o3');
	await o3.getByText('แก้ไข o3').click();
	await o3.getByLabel('ชื่อข้อ', { exact: true }).fill('อำนาจหน้าที่ (แก้ไขโดยหน่วยงาน)');
	await o3.getByRole('button', { name: 'บันทึก' }).click();
	await expect(page.locator('li#o3 strong.name')).toHaveText('อำนาจหน้าที่ (แก้ไขโดยหน่วยงาน)');

	const o8 = page.locator('li#o8');
	await o8.getByText('แก้ไข o8').click();
	const elements = o8.getByLabel(/^องค์ประกอบ/);
	const before = await elements.inputValue();
	await elements.fill(`${before}\nองค์ประกอบที่หน่วยงานเพิ่ม`);
	await o8.getByRole('button', { name: 'บันทึก' }).click();
	await page.goto(editionUrl);
	await expect(page.getByText('องค์ประกอบที่หน่วยงานเพิ่ม')).toBeVisible();
	await expect(page.getByText('อำนาจหน้าที่ (แก้ไขโดยหน่วยงาน)')).toBeVisible();
	await page.goto(editionUrl + '?edit=1');
	await shot(page, 'editor-desktop-th');
});

async function exported(page: Page, url = editionUrl): Promise<ExcelJS.Workbook> {
	await page.goto(url);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Excel' }).click()
	]);
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
	return wb;
}

async function upload(page: Page, name: string, wb: ExcelJS.Workbook) {
	await page.goto('/editions');
	const buffer = Buffer.from(await wb.xlsx.writeBuffer());
	await page.getByLabel(/^ไฟล์ฉบับรายการ/).setInputFiles({
		name,
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer
	});
	await page.getByRole('button', { name: 'ตรวจสอบไฟล์' }).click();
}

test('a bad file shows its problems by row and saves nothing', async ({ browser }) => {
	const page = await as(browser);
	const wb = await exported(page);
	const items = wb.getWorksheet('items')!;
	items.getRow(3).getCell(1).value = String(items.getRow(2).getCell(1).value);
	items.getRow(4).getCell(12).value = 'every_day';
	items.getRow(5).getCell(5).value = null;
	await upload(page, 'bad.xlsx', wb);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('นำเข้า bad.xlsx ไม่ได้');
	await expect(alert).toContainText('แถวที่ 3: รหัสข้อ o1 ซ้ำกับแถวที่ 2');
	await expect(alert).toContainText('แถวที่ 4: ไม่รู้จักรอบเวลา "every_day"');
	await expect(alert).toContainText('แถวที่ 5: ข้อ');
	await shot(page, 'import-errors-desktop-th');
});

test('export, change and import gives the changed edition', async ({ browser }) => {
	const page = await as(browser);
	const wb = await exported(page);
	wb.getWorksheet('edition')!.getRow(3).getCell(2).value = 'รายการ OIT 2570 (นำเข้า)';
	const items = wb.getWorksheet('items')!;
	const o3 = items.getRows(2, items.rowCount)!.find((r) => r.getCell(1).value === 'o3')!;
	o3.getCell(10).value = 'อำนาจหน้าที่ (จากไฟล์)';
	await upload(page, 'changed.xlsx', wb);
	await expect(page.getByText(/ผลการตรวจสอบ changed\.xlsx: ถูกต้อง/)).toBeVisible();
	await page.getByRole('button', { name: 'นำเข้าเป็นฉบับของหน่วยงาน' }).click();
	await expect(page).toHaveURL(/\/editions\/[0-9a-f-]{36}\?imported=1/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('รายการ OIT 2570 (นำเข้า)');
	await expect(page.getByText('อำนาจหน้าที่ (จากไฟล์)')).toBeVisible();
	await expect(page.getByText('องค์ประกอบที่หน่วยงานเพิ่ม')).toBeVisible();
});

/**
 * A round of its own year on a copy (2571: a round of 2570 would become the demo's current round
 * and change the home page the later specs read).
 */
test('a round answers the edition, and a changed file updates it in place', async ({ browser }) => {
	const page = await as(browser);
	await page.goto(`/editions?copy=${editionUrl.split('/').pop()}#copy`);
	await page.getByLabel('ปีงบประมาณ พ.ศ. ของฉบับใหม่').fill('2571');
	await page.getByRole('button', { name: 'คัดลอก', exact: true }).click();
	await expect(page).toHaveURL(/\/editions\/[0-9a-f-]{36}\?edit=1/);
	const url = page.url().split('?')[0];
	await page.goto('/rounds?year=2571');
	await page.locator(`input[name="edition"][value="${url.split('/').pop()}"]`).check();
	await page.getByRole('button', { name: 'เปิดรอบปีงบประมาณ 2571' }).click();
	await expect(page).not.toHaveURL(/\/rounds/);
	await page.goto('/cycle/2571/matrix');
	await expect(page.getByText('อำนาจหน้าที่ (แก้ไขโดยหน่วยงาน)').first()).toBeVisible();

	const wb = await exported(page, url);
	const items = wb.getWorksheet('items')!;
	const o3 = items.getRows(2, items.rowCount)!.find((r) => r.getCell(1).value === 'o3')!;
	o3.getCell(10).value = 'อำนาจหน้าที่ (ตามคู่มือฉบับจริง)';
	const check = async (name: string) => {
		await page.goto(url + '?edit=1');
		await page.getByLabel(/^ไฟล์ฉบับรายการ/).setInputFiles({
			name,
			mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			buffer: Buffer.from(await wb.xlsx.writeBuffer())
		});
		await page.getByRole('button', { name: 'ตรวจสอบไฟล์' }).click();
	};
	await check('manual.xlsx');
	await expect(page.getByText('แก้ไข 1 ข้อ')).toBeVisible();
	await expect(page.locator('dl.plan dd')).toHaveText('o3');
	await shot(page, 'replace-preview-desktop-th');
	await page.getByRole('button', { name: 'บันทึกการเปลี่ยนแปลงตามไฟล์' }).click();
	await expect(page.getByRole('status')).toContainText('ปรับปรุงฉบับตามไฟล์แล้ว');
	await page.goto('/cycle/2571/matrix');
	await expect(page.getByText('อำนาจหน้าที่ (ตามคู่มือฉบับจริง)').first()).toBeVisible();
	await expect(page.getByText('อำนาจหน้าที่ (แก้ไขโดยหน่วยงาน)')).toHaveCount(0);

	// A file for another year is refused with the reason, and nothing changes.
	wb.getWorksheet('edition')!.getRow(2).getCell(2).value = 2572;
	await check('other-year.xlsx');
	await expect(page.getByRole('alert')).toContainText('ไฟล์นี้เป็นของปีงบประมาณ พ.ศ. 2572');
});

for (const [lang, viewport] of [
	['th', { width: 390, height: 844 }],
	['en', { width: 390, height: 844 }],
	['en', { width: 1280, height: 900 }]
] as const) {
	const size = viewport.width > 500 ? 'desktop' : 'phone';
	test(`screenshots: ${size}, ${lang}`, async ({ browser }) => {
		const page = await as(browser, viewport, lang);
		await page.goto('/editions');
		await shot(page, `list-${size}-${lang}`);
		await page.goto(editionUrl + '?edit=1');
		await page.locator('li#o3 summary').click();
		await shot(page, `editor-${size}-${lang}`);
		await page.getByLabel(lang === 'th' ? /^ไฟล์ฉบับรายการ/ : /^Edition file/).setInputFiles({
			name: 'bad.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"fiscalYear": 2570, "indicators": []')
		});
		await page
			.getByRole('button', { name: lang === 'th' ? 'ตรวจสอบไฟล์' : 'Check the file' })
			.click();
		await expect(page.getByRole('alert')).toBeVisible();
		await shot(page, `import-errors-${size}-${lang}`);
	});
}
