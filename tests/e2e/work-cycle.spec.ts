import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, signIn } from './helpers';

/**
 * The work loop on the demo (Phayao FY2565, items owed by ฝ่ายสถิติข้อมูลและสารสนเทศ):
 * the contributor submits evidence, the coordinator returns it with a comment, the contributor
 * fixes it, the coordinator approves. Each test uses its own item so the files stay independent.
 */
test.describe.configure({ mode: 'serial' });

async function as(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.goto('/login');
	await signIn(page, email);
	await expect(page).not.toHaveURL(/\/login/);
	return page;
}

const part = (page: Page) => page.locator('section.part').first();

async function addEvidence(page: Page, url: string, title: string, elements: number[]) {
	const card = part(page);
	const details = card.locator('details', { hasText: 'เพิ่มหลักฐาน' }).last();
	if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
		await details.locator('summary').click();
	}
	const form = card.locator('form[action="?/addEvidence"]');
	await form.getByLabel('URL').fill(url);
	await form.getByLabel('ชื่อเรื่อง').fill(title);
	for (const i of elements) await form.getByRole('checkbox').nth(i).check();
	await form.getByRole('button', { name: 'เพิ่มหลักฐาน' }).click();
}

test('coordinator returns, contributor fixes, coordinator approves (o9)', async ({ browser }) => {
	const staff = await as(browser, DEMO.stat);
	await staff.goto('/cycle/2565/items/o9');
	await addEvidence(staff, 'https://www.pyo.go.th/social', 'ช่องทางโซเชียล', [0]);
	await expect(part(staff).getByRole('link', { name: 'ช่องทางโซเชียล' })).toHaveAttribute(
		'href',
		'https://www.pyo.go.th/social'
	);
	await expect(part(staff).locator('.status')).toContainText('ฉบับร่าง');
	await expect(staff.locator('.coverage li').first()).toContainText('มีหลักฐาน');
	await part(staff).getByRole('button', { name: 'ส่งให้ผู้ประสานงานตรวจ' }).click();
	await expect(part(staff).locator('.status')).toContainText('ส่งแล้ว');
	// Submitted work is locked for the division until it is withdrawn or returned.
	await expect(part(staff).locator('form[action="?/addEvidence"]')).toHaveCount(0);

	const coord = await as(browser, DEMO.coordinator);
	await coord.goto('/cycle/2565/review');
	await coord.getByRole('link', { name: /o9/ }).click();
	await expect(coord).toHaveURL(/\/items\/o9/);
	await part(coord).getByRole('button', { name: 'ส่งกลับให้แก้ไข' }).click();
	await expect(part(coord).locator('.field-error')).toHaveText('กรุณาระบุสิ่งที่ต้องแก้ไข');
	await part(coord)
		.getByLabel(/ความเห็น \(จำเป็น/)
		.fill('เพิ่มลิงก์ Facebook ของหน่วยงาน');
	await part(coord).getByRole('button', { name: 'ส่งกลับให้แก้ไข' }).click();
	await expect(part(coord).locator('.status')).toContainText('ส่งกลับแก้ไข');

	await staff.goto('/my-work');
	await expect(staff.getByRole('row', { name: /o9/ })).toContainText('เพิ่มลิงก์ Facebook ของหน่วยงาน');
	// The demo counts from its frozen date, 8 Feb 2565: a week before the internal deadline.
	await expect(staff.getByRole('row', { name: /o5/ })).toContainText('อีก 7 วัน');
	await staff.goto('/cycle/2565/items/o9');
	await expect(part(staff)).toContainText('เพิ่มลิงก์ Facebook ของหน่วยงาน');
	await addEvidence(staff, 'https://www.facebook.com/pyo', 'เพจเฟซบุ๊ก', [0]);
	await expect(part(staff).locator('.status')).toContainText('ฉบับร่าง');
	await part(staff).getByRole('button', { name: 'ส่งให้ผู้ประสานงานตรวจ' }).click();
	await expect(part(staff).locator('.status')).toContainText('ส่งแล้ว');

	await coord.goto('/cycle/2565/items/o9');
	await part(coord).getByRole('button', { name: 'อนุมัติ', exact: true }).click();
	await expect(part(coord).locator('.status')).toContainText('อนุมัติแล้ว');
	const history = coord.locator('#history').locator('..');
	await expect(history).toContainText('ส่งกลับแก้ไข');
	await expect(history).toContainText('https://www.facebook.com/pyo');

	// Approved: the division can no longer change it.
	await staff.goto('/cycle/2565/items/o9');
	await expect(part(staff).locator('form[action="?/addEvidence"]')).toHaveCount(0);
	await expect(part(staff).getByRole('button', { name: 'ลบ' })).toHaveCount(0);
});

test('W09: script and other non-web URLs are refused with the reason, nothing stored (o8)', async ({
	browser
}) => {
	const staff = await as(browser, DEMO.stat);
	await staff.goto('/cycle/2565/items/o8');
	for (const [url, message] of [
		['javascript:alert(1)', 'รับเฉพาะลิงก์ http:// หรือ https://'],
		['not a url', 'ไม่ใช่ URL ที่สมบูรณ์'],
		['//evil.com', 'ไม่ใช่ URL ที่สมบูรณ์'],
		['https://www.pyo.go.th/' + 'a'.repeat(2100), 'ยาวเกิน']
	]) {
		await addEvidence(staff, url, 'ทดสอบ', []);
		await expect(part(staff).locator('.field-error')).toContainText(message);
		await expect(part(staff).getByLabel('URL')).toHaveValue(url);
	}
	await staff.goto('/cycle/2565/items/o8');
	await expect(part(staff)).toContainText('ยังไม่มีหลักฐาน');
});

test('D01: a save based on a stale version is refused and shows the other change (o5)', async ({
	browser
}) => {
	const a = await as(browser, DEMO.stat);
	await a.goto('/cycle/2565/items/o5');
	await addEvidence(a, 'https://www.pyo.go.th/contact', 'ติดต่อเรา', [0, 1]);
	const b = await as(browser, DEMO.coordinator);
	await b.goto('/cycle/2565/items/o5');
	await a.reload();

	const edit = async (page: Page, title: string) => {
		const item = part(page).locator('.evidence-item').first();
		await item.locator('summary', { hasText: 'แก้ไข' }).click();
		await item.getByLabel('ชื่อเรื่อง').fill(title);
		await item.getByRole('button', { name: 'บันทึก' }).click();
	};
	await edit(a, 'ติดต่อ อบจ.พะเยา');
	await expect(part(a).getByRole('link', { name: 'ติดต่อ อบจ.พะเยา' })).toBeVisible();
	await edit(b, 'ชื่อของผู้ประสานงาน');
	await expect(part(b).getByRole('alert').first()).toContainText('ถูกผู้อื่นแก้ไขไปแล้ว');
	await expect(part(b)).toContainText('ติดต่อ อบจ.พะเยา');
	await b.reload();
	await expect(part(b).getByRole('link', { name: 'ติดต่อ อบจ.พะเยา' })).toBeVisible();
});

test('W19: a contributor cannot approve their own part by posting the action (o6)', async ({
	browser
}) => {
	const staff = await as(browser, DEMO.stat);
	await staff.goto('/cycle/2565/items/o6');
	await addEvidence(staff, 'https://www.pyo.go.th/laws', 'กฎหมาย', [0]);
	await part(staff).getByRole('button', { name: 'ส่งให้ผู้ประสานงานตรวจ' }).click();
	await expect(part(staff).locator('.status')).toContainText('ส่งแล้ว');
	const partId = (await part(staff).getAttribute('id'))!.replace('part-', '');
	const version = await part(staff).locator('input[name="version"]').first().inputValue();
	const res = await staff.request.post('/cycle/2565/items/o6?/move', {
		form: { part_id: partId, version, action: 'approve' },
		headers: { origin: new URL(staff.url()).origin, accept: 'application/json' }
	});
	expect(res.status()).toBe(200);
	expect((await res.json()).status).toBe(403);
	await staff.reload();
	await expect(part(staff).locator('.status')).toContainText('ส่งแล้ว');
});

test('D03: the same add-evidence form posted twice stores one row (o32)', async ({ browser }) => {
	const staff = await as(browser, DEMO.stat);
	await staff.goto('/cycle/2565/items/o32');
	const form = part(staff).locator('form[action="?/addEvidence"]');
	const field = (name: string) => form.locator(`input[name="${name}"]`).inputValue();
	const body = {
		part_id: await field('part_id'),
		client_key: await field('client_key'),
		kind: 'url',
		url: 'https://www.pyo.go.th/opinion',
		title: 'ช่องทางรับฟังความคิดเห็น'
	};
	const headers = { origin: new URL(staff.url()).origin, accept: 'application/json' };
	const send = () =>
		staff.request.post('/cycle/2565/items/o32?/addEvidence', { form: body, headers });
	const [first, second] = await Promise.all([send(), send()]);
	expect([first.status(), second.status()]).toEqual([200, 200]);
	await staff.reload();
	await expect(part(staff).locator('.evidence-item')).toHaveCount(1);
});

test('W11: markup typed into evidence is shown as text, never run (o32)', async ({ browser }) => {
	const staff = await as(browser, DEMO.stat);
	let dialogs = 0;
	staff.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	await staff.goto('/cycle/2565/items/o32');
	const title = '</script><script>alert(1)</script>';
	const card = part(staff);
	const details = card.locator('details', { hasText: 'เพิ่มหลักฐาน' }).last();
	if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
		await details.locator('summary').click();
	}
	const form = card.locator('form[action="?/addEvidence"]');
	await form.getByLabel('URL').fill('https://www.pyo.go.th/opinion-box');
	await form.getByLabel('ชื่อเรื่อง').fill(title);
	await form.getByLabel(/หมายเหตุ/).fill('<img src=x onerror=alert(1)>');
	await form.getByRole('button', { name: 'เพิ่มหลักฐาน' }).click();
	await expect(card.getByRole('link', { name: title })).toBeVisible();
	await expect(card.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
	await staff.reload();
	const html = await (await staff.request.get('/cycle/2565/items/o32')).text();
	expect(html).toContain('&lt;img src=x onerror=alert(1)>');
	expect(html).not.toContain('<img src=x');
	expect(dialogs).toBe(0);
});

test('W20: extra fields posted with evidence are ignored (o8)', async ({ browser }) => {
	const staff = await as(browser, DEMO.stat);
	await staff.goto('/cycle/2565/items/o8');
	const form = part(staff).locator('form[action="?/addEvidence"]');
	const field = (name: string) => form.locator(`input[name="${name}"]`).inputValue();
	const res = await staff.request.post('/cycle/2565/items/o8?/addEvidence', {
		form: {
			part_id: await field('part_id'),
			client_key: await field('client_key'),
			kind: 'url',
			url: 'https://www.pyo.go.th/qa',
			title: 'กระดานถามตอบ',
			org_id: crypto.randomUUID(),
			status: 'approved',
			created_by: crypto.randomUUID(),
			version: '999'
		},
		headers: { origin: new URL(staff.url()).origin, accept: 'application/json' }
	});
	expect((await res.json()).type).toBe('success');
	await staff.reload();
	const item = part(staff).locator('.evidence-item', { hasText: 'กระดานถามตอบ' });
	await expect(item).toContainText('เพิ่มโดย นายธนพล แก้วประเสริฐ');
	await expect(part(staff).locator('.status')).toContainText('ฉบับร่าง');
	await expect(item.locator('input[name="version"]').first()).toHaveValue('1');
});
