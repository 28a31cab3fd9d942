import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';

/**
 * Integrity measures on the shared demo server, in FY2566 (the demo's FY2565 measures stay as
 * the report gives them): the coordinator sets a measure with an action owned by ฝ่ายสถิติ, that
 * division's contributor reports the result and an order, another division cannot, and the
 * results document shows it.
 */
test.describe.configure({ mode: 'serial' });

const TITLE = 'มาตรการทดสอบ: เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน';
const METHOD = 'เผยแพร่สรุปผลการจัดซื้อจัดจ้างทุกเดือนบนเว็บไซต์หลัก';
const RESULT = 'เผยแพร่ครบทุกเดือนตั้งแต่ตุลาคม';
const DIVISION = 'ฝ่ายสถิติข้อมูลและสารสนเทศ';

async function as(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.goto('/login');
	await signIn(page, email);
	await expect(page).not.toHaveURL(/\/login/);
	await page.goto('/measures/2566');
	return page;
}

const measure = (page: Page) => page.getByRole('region', { name: new RegExp(TITLE) });

test('the coordinator sets a measure and gives its action to a division', async ({ browser }) => {
	const page = await as(browser, DEMO.coordinator);
	await expect(
		page.getByRole('heading', { name: 'ยังไม่มีมาตรการของปีงบประมาณ พ.ศ. 2566' })
	).toBeVisible();
	const add = page.getByRole('region', { name: 'เพิ่มมาตรการ' });
	await add.getByLabel('มาตรการ/แนวทาง').fill(TITLE);
	await add.getByLabel('ประเด็นที่ต้องแก้ไขจากผลการประเมินปีที่แล้ว').fill('o23 ได้ 0 คะแนนในปี 2565');
	await add.getByRole('button', { name: 'เพิ่มมาตรการ' }).click();
	await expect(measure(page).getByRole('heading', { level: 2 })).toContainText(TITLE);

	const m = measure(page);
	await m.locator('summary', { hasText: 'เพิ่มวิธีการดำเนินการ' }).click();
	await m.getByLabel('วิธีการดำเนินการ').fill(METHOD);
	await m.getByRole('radio', { name: 'ส่วนราชการที่ระบุ' }).check();
	await m.getByRole('checkbox', { name: DIVISION }).check();
	await m.getByLabel('ระยะเวลาดำเนินการ').fill('ต.ค. ๒๕๖๕ – ก.ย. ๒๕๖๖');
	await m.getByRole('button', { name: 'เพิ่มวิธีการดำเนินการ' }).click();

	const row = m.getByRole('row', { name: new RegExp(METHOD) });
	await expect(row).toContainText(DIVISION);
	await expect(row).toContainText('อ่านได้ว่า 1 ต.ค. 2565 – 30 ก.ย. 2566');
	await expect(row).toContainText('ยังไม่เริ่ม');
});

test('another division cannot report on it', async ({ browser }) => {
	const page = await as(browser, DEMO.finance);
	await expect(measure(page).getByRole('row', { name: new RegExp(METHOD) })).toBeVisible();
	await expect(measure(page).locator('summary', { hasText: 'รายงานผล' })).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'เพิ่มมาตรการ' })).toHaveCount(0);
});

test('the owning division reports the result and an order; the results document shows it', async ({
	browser
}) => {
	const page = await as(browser, DEMO.stat);
	const m = measure(page);
	await m.locator('summary', { hasText: 'รายงานผล' }).click();
	await m.getByLabel('สถานะ').selectOption({ label: 'ดำเนินการแล้ว' });
	await m.getByLabel('ผลการดำเนินงาน').fill(RESULT);
	await m.getByRole('button', { name: 'บันทึก' }).click();
	await expect(page.getByRole('status')).toHaveText('บันทึกแล้ว');
	const row = m.getByRole('row', { name: new RegExp(METHOD) });
	await expect(row).toContainText(RESULT);
	await expect(row).toContainText('ดำเนินการแล้ว');

	// With JavaScript the report form stays open after saving; without, the page reloads closed.
	const orderNo = m.getByLabel('เลขที่คำสั่ง');
	if (!(await orderNo.isVisible())) await m.locator('summary', { hasText: 'รายงานผล' }).click();
	await orderNo.fill('12/2566');
	await m.getByLabel('ลงวันที่').fill('14/11/2565');
	await m.getByRole('button', { name: 'เพิ่มหลักฐาน' }).click();
	await expect(row).toContainText('คำสั่งที่ 12/2566 ลงวันที่ ๑๔ พฤศจิกายน ๒๕๖๕');

	await page.getByRole('link', { name: 'พิมพ์รายงานผลการดำเนินการ' }).click();
	await expect(page).toHaveURL(/\/measures\/2566\/print\?results=1$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส'
	);
	const printed = page.getByRole('row', { name: new RegExp(METHOD) });
	await expect(printed).toContainText(RESULT);
	await expect(printed).toContainText(DIVISION);
	await expect(printed).toContainText('ต.ค. ๒๕๖๕ – ก.ย. ๒๕๖๖');
	await expect(page.getByRole('columnheader', { name: 'ผลการดำเนินงาน' })).toBeVisible();

	// Without results=1 it is the measures document: no result columns.
	await page.goto('/measures/2566/print');
	await expect(page.getByRole('columnheader', { name: 'ผลการดำเนินงาน' })).toHaveCount(0);
	await expect(page.getByRole('row', { name: new RegExp(METHOD) })).not.toContainText(RESULT);
});

test('deleting the measure first says what goes with it', async ({ browser }) => {
	const page = await as(browser, DEMO.coordinator);
	await measure(page).getByRole('button', { name: 'ลบมาตรการ' }).click();
	const ask = page.getByRole('alert');
	await expect(ask).toContainText(
		'จะลบวิธีการดำเนินการ 1 รายการ ผลการดำเนินงานที่รายงานแล้ว 1 รายการ และหลักฐาน 1 รายการไปด้วย'
	);
	await ask.getByRole('button', { name: 'ลบทั้งหมด' }).click();
	await expect(measure(page)).toHaveCount(0);
	await expect(
		page.getByRole('heading', { name: 'ยังไม่มีมาตรการของปีงบประมาณ พ.ศ. 2566' })
	).toBeVisible();
});
