import { expect, test, type Browser, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { DEMO, signIn } from './helpers';

/**
 * Dates the Thai way, a change log people can read, Thai links people recognise (issue 9 §3, 6, 7)
 * on the demo: o7 (owed by ฝ่ายสถิติข้อมูลและสารสนเทศ) gets a Buddhist-era due date, which shows
 * in My work and in the XLSX; impossible years are refused naming the field; a date past the OIT
 * window is saved with a warning; the change log names the item and division; a Thai link shows
 * decoded and is exported encoded (o5, not started in the demo). o7's due date is put back.
 */
test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const THAI_URL = 'https://www.pyo.go.th/ita2565/ประกาศเผยแพร่ข้อมูล.pdf';
const ENCODED = encodeURI(THAI_URL);

async function as(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.goto('/login');
	await signIn(page, email);
	await expect(page).not.toHaveURL(/\/login/);
	return page;
}

const row = (page: Page, code: string) => page.locator(`#row-${code}`);

async function saveDue(page: Page, text: string) {
	await page.goto('/cycle/2565/matrix');
	await row(page, 'o7').getByLabel('กำหนดส่งข้อ o7').fill(text);
	await row(page, 'o7').getByRole('button', { name: 'บันทึก' }).click();
}

let original = '';

test('a BE due date is saved, shown in My work and written to the XLSX', async ({ browser }) => {
	const coord = await as(browser, DEMO.coordinator);
	await coord.goto('/cycle/2565/matrix');
	original = await row(coord, 'o7').getByLabel('กำหนดส่งข้อ o7').inputValue();
	expect(original).toMatch(/^\d{2}\/\d{2}\/25\d\d$/);

	await saveDue(coord, '20/02/2565');
	await expect(row(coord, 'o7').getByRole('status')).toHaveText(/บันทึกแล้ว/);
	await expect(row(coord, 'o7')).toContainText('20 ก.พ. 2565');
	await expect(row(coord, 'o7').getByLabel('กำหนดส่งข้อ o7')).toHaveValue('20/02/2565');

	const staff = await as(browser, DEMO.stat);
	await staff.goto('/my-work');
	await expect(staff.getByRole('row', { name: /o7/ })).toContainText('20 ก.พ. 2565');

	const res = await coord.request.get('/cycle/2565/matrix/export.xlsx');
	expect(res.status()).toBe(200);
	const book = new ExcelJS.Workbook();
	await book.xlsx.load((await res.body()) as unknown as ArrayBuffer);
	const sheet = book.worksheets[0];
	// Code o7 is written as in the seed document ('๐๗'); the due date is a date cell shown in BE.
	let due: ExcelJS.Cell | null = null;
	sheet.eachRow((r) => {
		if (r.getCell(1).value === '๐๗') due = r.getCell(5);
	});
	const cell = due as ExcelJS.Cell | null;
	expect(cell?.value).toEqual(new Date(Date.UTC(2022, 1, 20)));
	expect(cell?.numFmt).toBe('[$-107041E]d mmm yyyy');
});

test('impossible and Gregorian years are refused naming the field', async ({ browser }) => {
	const coord = await as(browser, DEMO.coordinator);
	await saveDue(coord, '14/03/3108');
	await expect(row(coord, 'o7').getByRole('alert')).toHaveText(
		'กำหนดส่ง: ปี พ.ศ. 3108 เป็นไปไม่ได้ ใช้ปี 2559–2700'
	);
	await saveDue(coord, '14/03/2022');
	await expect(row(coord, 'o7').getByRole('alert')).toHaveText(
		'กำหนดส่ง: ปีที่พิมพ์เป็น ค.ศ. ให้ใช้ปี พ.ศ. (2565)'
	);
	// A BE year typed into a Gregorian picker arrives as 2565-03-14: BE 3108, refused too.
	await coord.goto('/cycle/2565/matrix');
	await expect(row(coord, 'o7')).toContainText('20 ก.พ. 2565');
});

test('a due date after the OIT window is saved with a warning', async ({ browser }) => {
	const coord = await as(browser, DEMO.coordinator);
	await saveDue(coord, '15 พ.ค. 2565');
	await expect(row(coord, 'o7').getByRole('status')).toHaveText(/บันทึกแล้ว/);
	await coord.reload();
	await expect(row(coord, 'o7')).toContainText('คำเตือน: หลังวันปิดตอบ OIT (30 เม.ย. 2565)');
	await saveDue(coord, original);
	await expect(row(coord, 'o7').getByRole('status')).toHaveText(/บันทึกแล้ว/);
	await coord.reload();
	await expect(row(coord, 'o7')).not.toContainText('คำเตือน');
});

test('the change log names the item and field; its CSV has readable columns', async ({
	browser
}) => {
	const coord = await as(browser, DEMO.coordinator);
	await coord.goto('/history?table=assignments');
	const first = coord.locator('tbody tr').first();
	await expect(first).toContainText('การมอบหมาย · ข้อ o7 (2565)');
	await expect(first).toContainText('กำหนดส่ง: 15 พ.ค. 2565');
	await expect(first).not.toContainText('due_date');
	await expect(first.locator('.when')).toHaveText(/^\d{1,2} \S+ 25\d\d \d\d:\d\d น\.$/);

	const res = await coord.request.get('/history/export.csv?table=assignments');
	const lines = (await res.text()).replace(/^\ufeff/, '').split('\r\n');
	expect(lines[0]).toBe(
		'เวลา (กรุงเทพฯ),รหัสข้อ,ปีงบประมาณ,ส่วนราชการ,ผู้แก้ไข,ประเภทข้อมูล,การกระทำ,ช่อง,ก่อน,หลัง,at_utc,actor,record_id,log_id'
	);
	expect(lines[1]).toMatch(/^\d{1,2} \S+ 25\d\d \d\d:\d\d น\.,o7,2565,,/);
	expect(lines[1]).toContain(',แก้ไข,กำหนดส่ง,15 พ.ค. 2565,');
});

test('a Thai link shows decoded and is exported encoded', async ({ browser }) => {
	const staff = await as(browser, DEMO.stat);
	await staff.goto('/cycle/2565/items/o5');
	const card = staff.locator('section.part').first();
	const details = card.locator('details', { hasText: 'เพิ่มหลักฐาน' }).last();
	if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
		await details.locator('summary').click();
	}
	const form = card.locator('form[action="?/addEvidence"]');
	await form.getByLabel('URL').fill(THAI_URL);
	await form.getByLabel('ชื่อเรื่อง').fill('ประกาศเผยแพร่ข้อมูล');
	await form.getByRole('button', { name: 'เพิ่มหลักฐาน' }).click();
	const link = card.getByRole('link', { name: 'ประกาศเผยแพร่ข้อมูล' });
	await expect(link).toHaveAttribute('href', ENCODED);
	await expect(card).toContainText(THAI_URL);
	expect(await card.textContent()).not.toContain('%E0%B8');

	const coord = await as(browser, DEMO.coordinator);
	await coord.goto('/history?table=evidence');
	await expect(coord.locator('tbody tr').first()).toContainText(`ลิงก์: ${THAI_URL}`);
	const log = await (await coord.request.get('/history/export.csv?table=evidence')).text();
	// Files keep the stored, percent-encoded form (the answer sheet for ITAS writes the same column).
	expect(log).toContain(ENCODED);
	expect(log).not.toContain(THAI_URL);
});
