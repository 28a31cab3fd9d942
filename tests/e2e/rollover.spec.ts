import { expect, test, type Page } from '@playwright/test';
import { DEMO, PORTS, signIn } from './helpers';

/**
 * Rolling the demo's FY2565 round into FY2566 through the page. It adds the FY2566 round to the
 * shared demo server and changes nothing of FY2565; it runs after the other files (its own
 * project in playwright.config.ts), because "my work" and the header follow the newest round.
 * SHOTS_DIR=<folder> also saves screenshots (Thai and English, desktop and phone).
 */
test.describe.configure({ mode: 'serial' });
// A whole year's round is written and read back; screenshots add eight page loads per page.
test.setTimeout(process.env.SHOTS_DIR ? 240_000 : 90_000);

const SHOTS = process.env.SHOTS_DIR;
const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

async function shoot(page: Page, name: string) {
	if (!SHOTS) return;
	for (const lang of ['th', 'en']) {
		await page
			.context()
			.addCookies([{ name: 'lang', value: lang, url: `http://localhost:${PORTS.demo}` }]);
		for (const [size, viewport] of Object.entries(SIZES)) {
			await page.setViewportSize(viewport);
			await page.reload();
			await page.evaluate(() => document.fonts.ready);
			await page.screenshot({ path: `${SHOTS}/${name}-${lang}-${size}.png`, fullPage: true });
		}
	}
	await page
		.context()
		.addCookies([{ name: 'lang', value: 'th', url: `http://localhost:${PORTS.demo}` }]);
	await page.setViewportSize(SIZES.desktop);
	await page.reload();
}

const row = (page: Page, code: string) => page.getByRole('row', { name: new RegExp(`^${code} `) });

test('the coordinator rolls FY2565 into FY2566: owners, carried evidence, the FY2566 rating', async ({
	page
}) => {
	await page.goto('/login');
	await signIn(page, DEMO.coordinator);
	await expect(page).not.toHaveURL(/\/login/);
	await page.goto('/cycle/2565/dashboard');
	await page.getByRole('link', { name: 'เริ่มปีงบประมาณ 2566 จากปีนี้' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('เริ่มปีงบประมาณ 2566 จากปี 2565');

	await page.getByRole('radio', { name: /ฉบับชั่วคราว/ }).check();
	await page.getByRole('button', { name: 'ดูการจับคู่' }).click();
	await expect(row(page, 'o11')).toContainText('รวม 2 ข้อเดิม');
	await expect(row(page, 'o13')).toContainText('เปลี่ยนเลขข้อ');
	await expect(row(page, 'o10')).toContainText('ข้อใหม่');
	await expect(page.getByLabel('ข้อเดิมของ o13')).toHaveValue('o12');
	await shoot(page, 'rollover-mapping');

	const diff = page.getByRole('link', { name: 'ดูความแตกต่างของสองฉบับ' });
	const diffHref = await diff.getAttribute('href');
	// The coordinator's correction: FY2566 o31 (the No Gift declaration) continues FY2565 o34.
	await page.getByLabel('ข้อเดิมของ o31').selectOption('o34');
	await page.getByRole('button', { name: 'ยืนยันและเปิดรอบปี 2566' }).click();
	await expect(page).toHaveURL(/\/cycle\/2566\/matrix/);

	// Owners carried: o12 → o13 (renumbered), o34 → o31 (corrected), nobody on new o39.
	await expect(page.locator('#row-o13 td.owners')).toContainText('กองยุทธศาสตร์และงบประมาณ');
	await expect(page.locator('#row-o31 td.owners')).toContainText('ฝ่ายนิติการ');
	await expect(page.locator('#row-o39 td.owners')).not.toContainText('กอง');

	// Evidence carried as a draft with its badge; FY2565's own stays as it was.
	await page.goto('/cycle/2566/items/o13');
	await expect(page.getByText('จากปีที่แล้ว — ตรวจสอบปี').first()).toBeVisible();
	await expect(page.locator('section.part .status').first()).toContainText('ฉบับร่าง');
	await shoot(page, 'rollover-carried-item');
	await page.goto('/cycle/2565/items/o12');
	await expect(page.getByText('จากปีที่แล้ว — ตรวจสอบปี')).toHaveCount(0);
	await expect(page.locator('section.part .status').first()).toContainText('ส่งแล้ว');

	// The FY2566 dashboard rates in words (ผ่าน … ต้องปรับปรุง), never a letter grade.
	await page.goto('/cycle/2566/dashboard');
	await page.getByText('ค่าของรอบการประเมิน').click();
	await page.getByLabel('ค่าประมาณ IIT (เช่น ผลปีที่แล้ว)').fill('84.5');
	await page.getByLabel('ค่าประมาณ EIT (เช่น ผลปีที่แล้ว)').fill('87.2');
	await page.getByRole('button', { name: 'บันทึก' }).click();
	const band = page.locator('.headline .band').first();
	await expect(band).toHaveText(/ผ่าน|ต้องปรับปรุง/);
	await expect(band).not.toHaveText(/^(AA|A|B|C|D|E|F)\*?$/);

	// A second rollover into FY2566 is refused: that round has evidence now.
	await page.goto('/cycle/2565/rollover');
	await expect(page.getByRole('alert')).toContainText('มีรอบการประเมินที่มีหลักฐานแล้ว');

	await page.goto(diffHref!);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('เปรียบเทียบรายการ OIT สองฉบับ');
	await expect(page.getByRole('heading', { name: /ชื่อที่เปลี่ยน/ })).toBeVisible();
	await shoot(page, 'editions-diff');
});
