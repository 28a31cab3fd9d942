import { expect, test, type Browser, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { DEMO, signIn } from './helpers';

/**
 * Readiness on the demo (as of 8 Feb 2565): charts are drawn with their numbers beside them; an
 * executive signs off; approving one item (o3, submitted in 9.1) moves 9.1 by 100/9 and the OIT
 * by 100/9/5/2, exactly the official formula, and makes the sign-off out of date; the answer
 * sheet exports hold the right cells.
 */
test.describe.configure({ mode: 'serial' });

async function as(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
	await page.goto('/login');
	await signIn(page, email);
	await expect(page).not.toHaveURL(/\/login/);
	return page;
}

/** The confirmed score of a sub-indicator from the table beside the chart. */
async function subScore(page: Page, code: string): Promise<number> {
	const table = page.locator('table.numbers').first();
	const column = (await table.locator('thead th').allInnerTexts()).indexOf(code);
	const cell = table
		.locator('tbody tr')
		.first()
		.locator('td')
		.nth(column - 1);
	return parseFloat(await cell.innerText());
}
const confirmedOit = async (page: Page) =>
	Number(await page.locator('.reading.confirmed .oit strong').innerText());

test('the three charts are drawn and their numbers are in tables', async ({ browser }) => {
	const page = await as(browser, DEMO.executive);
	await page.goto('/cycle/2565/dashboard');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('ความพร้อมรับการประเมิน');
	for (const name of ['sub-indicators', 'trend', 'divisions']) {
		const painted = await page
			.locator(`canvas[data-chart="${name}"]`)
			.evaluate((c: HTMLCanvasElement) => {
				const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
				let n = 0;
				for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
				return n;
			});
		expect(painted, `${name} chart`).toBeGreaterThan(2000);
	}
	await expect(page.locator('table.numbers').first().locator('thead')).toContainText('10.2');
});

test('approving one item moves 9.1 and the OIT by the formula; the sign-off goes out of date', async ({
	browser
}) => {
	const exec = await as(browser, DEMO.executive);
	await exec.goto('/cycle/2565/dashboard');
	await exec.getByRole('button', { name: 'รับรองว่าพร้อมส่ง' }).click();
	// The demo is below its target of 85: the executive confirms.
	await exec.getByRole('button', { name: 'รับรองทั้งที่ต่ำกว่าเป้าหมาย' }).click();
	await expect(exec.locator('.signoff .state')).toContainText('การรับรองยังเป็นปัจจุบัน');
	const before = { sub: await subScore(exec, '9.1'), oit: await confirmedOit(exec) };

	const coord = await as(browser, DEMO.coordinator);
	await coord.goto('/cycle/2565/items/o3');
	for (const part of await coord.locator('section.part').all()) {
		await part.getByRole('button', { name: 'อนุมัติ', exact: true }).click();
		await expect(part.locator('.status')).toContainText('อนุมัติแล้ว');
	}

	await exec.reload();
	const after = { sub: await subScore(exec, '9.1'), oit: await confirmedOit(exec) };
	expect(after.sub - before.sub).toBeCloseTo(100 / 9, 1);
	expect(after.oit - before.oit).toBeCloseTo(100 / 9 / 5 / 2, 1);
	await expect(exec.locator('.signoff .state')).toContainText('ไม่เป็นปัจจุบัน');
});

test('the answer sheet exports hold the right cells (CSV and XLSX)', async ({ browser }) => {
	const coord = await as(browser, DEMO.coordinator);
	await coord.goto('/cycle/2565/dashboard');
	const csvDownload = coord.waitForEvent('download');
	await coord.getByRole('link', { name: /CSV/ }).click();
	const csv = await readFile((await (await csvDownload).path())!, 'utf8');
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	const lines = csv.slice(1).trimEnd().split('\r\n');
	expect(lines[0]).toBe('ข้อ,ข้อมูล,คำตอบ (มี/ไม่มี),URL,คำอธิบายเพิ่มเติม');
	expect(lines[1]).toBe(
		'o1,โครงสร้าง,มี,https://www.pyo.go.th/ita2565/o1,o1 บนเว็บไซต์ อบจ.พะเยา: เมนู ITA 2565 › o1'
	);

	const xlsxDownload = coord.waitForEvent('download');
	await coord.getByRole('link', { name: /XLSX/ }).click();
	const book = new ExcelJS.Workbook();
	await book.xlsx.readFile((await (await xlsxDownload).path())!);
	const sheet = book.worksheets[0];
	expect(sheet.rowCount).toBe(44);
	const row = (code: string) => {
		for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === code) return r;
		return -1;
	};
	expect(sheet.getCell(row('o1'), 3).value).toBe('มี');
	expect(sheet.getCell(row('o1'), 4).value).toBe('https://www.pyo.go.th/ita2565/o1');
	expect(sheet.getCell(row('o24'), 3).value).toBe('ไม่มี');
	expect(sheet.getCell(row('o43'), 2).value).toBe(
		'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'
	);
});
