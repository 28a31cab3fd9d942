import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, signIn, unique } from './helpers';

/** Organisation settings on the demo: divisions (add, nest, rename, aliases, archive) and users. */
test.describe.configure({ mode: 'serial' });

async function as(browser: Browser, email: string, password?: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.goto('/login');
	await signIn(page, email, password);
	await expect(page).not.toHaveURL(/\/login/);
	return page;
}

const addForm = (page: Page) => page.locator('form[action="?/add"]');
/** The list entry of a division by its exact name (other entries mention it in their forms). */
const division = (page: Page, name: string, extra = '') =>
	page.locator(`li.division${extra}`).filter({
		has: page.locator(':scope > .line > .name', { hasText: new RegExp(`^${name}$`) })
	});

test('divisions: add, nest, rename with aliases, refuse a third level, archive and restore', async ({
	browser
}) => {
	const page = await as(browser, DEMO.coordinator);
	await page.goto('/settings/divisions');
	await addForm(page).getByLabel('ชื่อส่วนราชการ').fill('กองช่าง');
	await addForm(page).getByLabel(/ชื่ออื่น/).fill('กองช่าง อบจ., ฝ่ายโยธา');
	await addForm(page).getByRole('button', { name: 'เพิ่มส่วนราชการ' }).click();
	const row = division(page, 'กองช่าง');
	await expect(row).toContainText('ฝ่ายโยธา');

	await addForm(page).getByLabel('ชื่อส่วนราชการ').fill('ฝ่ายสำรวจและออกแบบ');
	await addForm(page).getByLabel('สังกัด').selectOption({ label: 'กองช่าง' });
	await addForm(page).getByRole('button', { name: 'เพิ่มส่วนราชการ' }).click();
	await expect(division(page, 'ฝ่ายสำรวจและออกแบบ', '.section')).toBeVisible();

	// Same name again: refused with the reason, the typed value kept.
	await addForm(page).getByLabel('ชื่อส่วนราชการ').fill('กองคลัง');
	await addForm(page).getByRole('button', { name: 'เพิ่มส่วนราชการ' }).click();
	await expect(addForm(page).locator('.field-error')).toHaveText('มีส่วนราชการชื่อนี้อยู่แล้ว');
	await expect(addForm(page).getByLabel('ชื่อส่วนราชการ')).toHaveValue('กองคลัง');

	// กองช่าง has a section: it cannot go under another division.
	const top = division(page, 'กองช่าง');
	await top.locator('summary', { hasText: 'แก้ไข' }).click();
	await top.getByLabel('สังกัด').selectOption({ label: 'กองคลัง' });
	await top.getByRole('button', { name: 'บันทึก' }).click();
	await expect(top.locator('.field-error')).toContainText('ฝ่ายต้องสังกัดสำนัก/กองระดับบนเท่านั้น');

	await top.getByLabel('สังกัด').selectOption({ label: '— ระดับสำนัก/กอง —' });
	await top.getByLabel('ชื่อส่วนราชการ').fill('กองช่างและโยธา');
	await top.getByRole('button', { name: 'บันทึก' }).click();
	await expect(division(page, 'กองช่างและโยธา')).toBeVisible();

	const section = division(page, 'ฝ่ายสำรวจและออกแบบ', '.section');
	await section.locator('summary').click();
	await section.getByRole('button', { name: 'เก็บเข้าคลัง' }).click();
	await expect(section.getByRole('alert')).toContainText('ส่วนราชการนี้ยังไม่ได้รับผิดชอบข้อใด');
	await section.getByRole('button', { name: 'ยืนยันเก็บเข้าคลัง' }).click();
	const archived = page.locator('li.archived', { hasText: 'ฝ่ายสำรวจและออกแบบ' });
	await expect(archived).toBeVisible();
	await archived.getByRole('button', { name: 'นำกลับมาใช้' }).click();
	await expect(division(page, 'ฝ่ายสำรวจและออกแบบ', '.section')).toBeVisible();
});

test('archiving a division that owes items names them and asks; its sections stay; its items need a new owner', async ({
	browser
}) => {
	const page = await as(browser, DEMO.coordinator);
	const name = 'กองยุทธศาสตร์และงบประมาณ';
	await page.goto('/settings/divisions');
	const top = division(page, name);
	await top.locator('summary', { hasText: 'แก้ไข' }).click();
	await top.getByRole('button', { name: 'เก็บเข้าคลัง' }).click();
	const ask = top.getByRole('alert');
	await expect(ask.getByRole('heading')).toHaveText(`เก็บ "${name}" เข้าคลัง?`);
	await expect(ask).toContainText(/ส่วนราชการนี้รับผิดชอบ \d+ ข้อ/);
	await expect(ask).toContainText('ข้อ o12 รายงานผลการดำเนินงานประจำปี');
	await expect(ask).toContainText('ฝ่ายสถิติข้อมูลและสารสนเทศ');
	// Asking changed nothing yet.
	await expect(page.locator('li.archived', { hasText: name })).toHaveCount(0);

	await ask.getByRole('button', { name: 'ยืนยันเก็บเข้าคลัง' }).click();
	await expect(page.locator('li.archived', { hasText: name })).toBeVisible();
	// Its sections are still listed, saying where they were.
	const stat = division(page, 'ฝ่ายสถิติข้อมูลและสารสนเทศ');
	await expect(stat).toBeVisible();
	await expect(stat).toContainText(`เดิมสังกัด ${name} ซึ่งเก็บเข้าคลังแล้ว`);

	await page.goto('/cycle/2565/matrix?status=unassigned');
	await expect(page.locator('#row-o12')).toContainText('ต้องมอบหมายใหม่');
	await expect(page.locator('#row-o12')).toContainText('เก็บเข้าคลังแล้ว');
	await page.goto('/cycle/2565/dashboard');
	await expect(page.getByRole('listitem').filter({ hasText: 'o12' }).first()).toContainText(
		'ส่วนราชการที่รับผิดชอบถูกเก็บเข้าคลัง ต้องมอบหมายใหม่'
	);

	await page.goto('/settings/divisions');
	await page
		.locator('li.archived', { hasText: name })
		.getByRole('button', { name: 'นำกลับมาใช้' })
		.click();
	await expect(division(page, name)).toBeVisible();
	await expect(division(page, 'ฝ่ายสถิติข้อมูลและสารสนเทศ', '.section')).toBeVisible();
});

test('W11: a division name made of markup is shown as text', async ({ browser }) => {
	const page = await as(browser, DEMO.coordinator);
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	await page.goto('/settings/divisions');
	const name = `<img src=x onerror=alert(1)> ${unique()}`;
	await addForm(page).getByLabel('ชื่อส่วนราชการ').fill(name);
	await addForm(page).getByRole('button', { name: 'เพิ่มส่วนราชการ' }).click();
	await expect(page.locator('li.division .name', { hasText: name })).toBeVisible();
	expect(dialogs).toBe(0);
});

test('users: a contributor needs a division; a removed user loses access on the next request', async ({
	browser
}) => {
	const coord = await as(browser, DEMO.coordinator);
	await coord.goto('/settings/members');
	const form = coord.locator('form[action="?/create"]');
	const email = `member-${unique()}@demo.example`;
	await form.getByLabel('ชื่อ-นามสกุล').fill('นายทดสอบ ระบบงาน');
	await form.getByLabel('อีเมล').fill(email);
	await form.getByLabel('รหัสผ่านเริ่มต้น').fill('initial-pass-1');
	await form.getByLabel('บทบาท').selectOption('contributor');
	await form.getByRole('button', { name: 'เพิ่มผู้ใช้งาน' }).click();
	await expect(form.locator('.field-error')).toHaveText(
		'ผู้รับผิดชอบข้อมูลต้องเลือกส่วนราชการอย่างน้อยหนึ่งหน่วย'
	);
	await expect(form.getByLabel('อีเมล')).toHaveValue(email);
	await form.getByLabel('รหัสผ่านเริ่มต้น').fill('initial-pass-1');
	await form.getByRole('checkbox', { name: 'กองคลัง' }).check();
	await form.getByRole('button', { name: 'เพิ่มผู้ใช้งาน' }).click();
	await expect(coord.getByRole('status')).toContainText(email);

	const member = await as(browser, email, 'initial-pass-1');
	await member.goto('/my-work');
	await expect(member.getByRole('row', { name: /o18/ })).toBeVisible();

	const row = coord.getByRole('row', { name: new RegExp(email) });
	await row.getByText('แก้ไข').click();
	// Removing asks first, saying what it does.
	await row.getByText('นำออกจากหน่วยงาน').click();
	await expect(row).toContainText('สิทธิ์จะสิ้นสุดทันที');
	await row.getByRole('button', { name: /^ยืนยัน: นำ .* ออก$/ }).click();
	await expect(coord.getByRole('row', { name: new RegExp(email) })).toHaveCount(0);

	await member.goto('/my-work');
	await expect(member.getByRole('row', { name: /o18/ })).toHaveCount(0);
	await member.goto('/cycle/2565/items/o18');
	await expect(member.getByRole('heading', { level: 1 })).not.toContainText('o18');
});

test('the last coordinator cannot be demoted, and contributors cannot post settings actions', async ({
	browser
}) => {
	const coord = await as(browser, DEMO.coordinator);
	await coord.goto('/settings/members');
	const me = coord.getByRole('row', { name: /coordinator@demo\.example/ });
	await me.locator('summary').first().click();
	await me.getByLabel('บทบาท').selectOption('viewer');
	await me.getByRole('button', { name: 'บันทึก' }).click();
	await expect(coord.getByRole('alert')).toContainText('ต้องมีผู้ประสานงาน ITA อย่างน้อยหนึ่งคน');

	const staff = await as(browser, DEMO.stat);
	const res = await staff.request.post('/settings/divisions?/add', {
		form: { name: 'กองแอบเพิ่ม', parent_id: '', aliases: '' },
		headers: { origin: new URL(staff.url()).origin, accept: 'application/json' }
	});
	expect(res.status()).toBe(403);
	expect((await res.json()).type).toBe('error');
	await coord.goto('/settings/divisions');
	await expect(coord.getByText('กองแอบเพิ่ม')).toHaveCount(0);
});
