import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';

/**
 * Guard rails where a mistake costs points, on the demo: a submission with uncovered elements and
 * an approval with an unmet period wait for a confirmation that names what is missing (the server
 * refuses them unconfirmed); returned work shows the comment and the submit button; a stale tab
 * gets the current status; an executive signing off below the target confirms, and a double
 * click records one sign-off. Items o31 (ฝ่ายสถิติ's part) and o11 are used by no other file.
 */
test.describe.configure({ mode: 'serial', timeout: 90_000 });

async function as(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
	await page.goto('/login');
	await signIn(page, email);
	await expect(page).not.toHaveURL(/\/login/);
	return page;
}

const partOf = (page: Page, division: string) =>
	page.locator('section.part').filter({ has: page.getByRole('heading', { name: division }) });

async function addEvidence(
	page: Page,
	division: string,
	url: string,
	elements: number[],
	coversTo?: string
) {
	const card = partOf(page, division);
	const details = card.locator('details', { hasText: 'เพิ่มหลักฐาน' }).last();
	if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
		await details.locator('summary').click();
	}
	const form = card.locator('form[action="?/addEvidence"]');
	await form.getByLabel('URL').fill(url);
	await form.getByLabel('ชื่อเรื่อง').fill('หลักฐาน');
	if (coversTo) await form.locator('input[name="covers_to"]').fill(coversTo);
	for (const i of elements) await form.getByRole('checkbox').nth(i).check();
	await form.getByRole('button', { name: 'เพิ่มหลักฐาน' }).click();
	await expect(card.getByRole('link', { name: 'หลักฐาน' }).first()).toBeVisible();
}

const STAT = 'ฝ่ายสถิติข้อมูลและสารสนเทศ';
const SUBMIT = 'ส่งให้ผู้ประสานงานตรวจ';

test('submitting with elements uncovered asks first and names them; a stale tab is told the status; returned work can be resubmitted (o31)', async ({
	browser
}) => {
	const staff = await as(browser, DEMO.stat);
	await staff.goto('/cycle/2565/items/o31');
	await addEvidence(staff, STAT, 'https://www.pyo.go.th/ita2565/o31', [0]);
	const part = partOf(staff, STAT);
	await expect(part.locator('.status')).toContainText('ฉบับร่าง');
	const staleTab = await staff.context().newPage();
	await staleTab.goto('/cycle/2565/items/o31');

	// The server refuses an unconfirmed submission of an item that is short.
	const partId = (await part.getAttribute('id'))!.replace('part-', '');
	const version = await part.locator('form[action="?/move"] input[name="version"]').inputValue();
	const res = await staff.request.post('/cycle/2565/items/o31?/move', {
		form: { part_id: partId, version, action: 'submit' },
		headers: { origin: new URL(staff.url()).origin, accept: 'application/json' }
	});
	expect((await res.json()).status).toBe(422);

	await part.getByRole('button', { name: SUBMIT }).click();
	const confirm = part.getByRole('alert');
	await expect(confirm).toContainText('ยังส่งไม่ครบ');
	await expect(confirm).toContainText('มีข้อมูลความก้าวหน้า');
	await expect(confirm).toContainText('สามารถจัดทำข้อมูลเป็นแบบรายเดือน');
	await expect(confirm).not.toContainText('แสดงข้อมูลสถิติเรื่อง');
	await expect(part.locator('.status')).toContainText('ฉบับร่าง');
	await confirm.getByRole('button', { name: 'ส่งตรวจทั้งที่ยังไม่ครบ' }).click();
	await expect(part.locator('.status')).toContainText('ส่งแล้ว');

	// The second tab still shows the submit button: pressing it tells the status and redraws.
	const old = partOf(staleTab, STAT);
	await old.getByRole('button', { name: SUBMIT }).click();
	await expect(old.getByRole('alert')).toContainText('สถานะปัจจุบัน: ส่งแล้ว รอตรวจ');
	await expect(old.getByRole('button', { name: 'ถอนการส่ง' })).toBeVisible();
	await expect(old.getByRole('button', { name: SUBMIT })).toHaveCount(0);

	const coord = await as(browser, DEMO.coordinator);
	await coord.goto('/cycle/2565/items/o31');
	const review = partOf(coord, STAT);
	// The coordinator cannot withdraw a division's submission; they return it with a comment.
	await expect(review.getByRole('button', { name: 'ถอนการส่ง' })).toHaveCount(0);
	await review.getByLabel(/ความเห็น \(จำเป็น/).fill('เพิ่มสถิติเรื่องร้องเรียนรายเดือน');
	await review.getByRole('button', { name: 'ส่งกลับให้แก้ไข' }).click();
	await expect(review.locator('.status')).toContainText('ส่งกลับแก้ไข');

	await staff.reload();
	await expect(part.getByRole('note')).toContainText('ผู้ประสานงานส่งกลับให้แก้ไข');
	await expect(part.getByRole('note')).toContainText('เพิ่มสถิติเรื่องร้องเรียนรายเดือน');
	await part.getByRole('button', { name: SUBMIT }).click();
	await part.getByRole('alert').getByRole('button', { name: 'ส่งตรวจทั้งที่ยังไม่ครบ' }).click();
	await expect(part.locator('.status')).toContainText('ส่งแล้ว');
});

test('approving an item whose period is not met asks first; the answer sheet then says ไม่มี (o11)', async ({
	browser
}) => {
	const coord = await as(browser, DEMO.coordinator);
	await coord.goto('/cycle/2565/items/o11');
	const division = 'กองยุทธศาสตร์และงบประมาณ';
	// The first half of the year asks for October to March; this covers October to December.
	await addEvidence(coord, division, 'https://www.pyo.go.th/ita2565/o11', [0, 1, 2], '2021-12-31');
	const part = partOf(coord, division);
	await part.getByRole('button', { name: SUBMIT }).click();
	await expect(part.locator('.status')).toContainText('ส่งแล้ว');
	await part.getByRole('button', { name: 'อนุมัติ', exact: true }).click();
	const confirm = part.getByRole('alert');
	await expect(confirm).toContainText('ยังไม่ครบ ต้องการอนุมัติ');
	await expect(confirm).toContainText('ยังไม่ครอบคลุมช่วงเวลาที่กำหนด');
	await expect(confirm).not.toContainText('องค์ประกอบที่ยังไม่มีหลักฐาน');
	await expect(part.locator('.status')).toContainText('ส่งแล้ว');
	await confirm.getByRole('button', { name: 'อนุมัติทั้งที่ยังไม่ครบ' }).click();
	await expect(part.locator('.status')).toContainText('อนุมัติแล้ว');

	const csv = await (await coord.request.get('/cycle/2565/answers.csv')).text();
	expect(csv.split('\r\n').find((l) => l.startsWith('o11,'))).toMatch(/^o11,.*,ไม่มี,,$/);
});

test('an executive signing off below the target confirms; a double click records one sign-off', async ({
	browser
}) => {
	const exec = await as(browser, DEMO.executive);
	await exec.goto('/cycle/2565/dashboard');
	const card = exec.locator('section.signoff');
	await card.getByLabel('หมายเหตุ (ถ้ามี)').fill('รับรองครั้งที่ทดสอบดับเบิลคลิก');
	await card.getByRole('button', { name: 'รับรองว่าพร้อมส่ง' }).click();
	const confirm = card.getByRole('alert');
	await expect(confirm).toContainText('ต่ำกว่าเป้าหมาย 85');
	await confirm.getByRole('button', { name: 'รับรองทั้งที่ต่ำกว่าเป้าหมาย' }).dblclick();
	await expect(card.locator('.state')).toContainText('การรับรองยังเป็นปัจจุบัน');

	// The same confirmed form posted twice more, as a browser without JavaScript may: no new row.
	const key = '6d0c1f0e-3b7a-4e55-9a53-2f1c1a7b0d11';
	const send = () =>
		exec.request.post('/cycle/2565/dashboard?/signoff', {
			form: { client_key: key, note: 'รับรองซ้ำด้วยฟอร์มเดิม', confirm: 'yes' },
			headers: { origin: new URL(exec.url()).origin, accept: 'application/json' }
		});
	await send();
	await send();

	const coord = await as(browser, DEMO.coordinator);
	const log = await (await coord.request.get('/history/export.csv')).text();
	const rows = (note: string) => log.split('\r\n').filter((l) => l.includes(note)).length;
	expect(rows('รับรองครั้งที่ทดสอบดับเบิลคลิก')).toBe(1);
	expect(rows('รับรองซ้ำด้วยฟอร์มเดิม')).toBe(1);
});
