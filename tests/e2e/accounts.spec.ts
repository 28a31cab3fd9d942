import { expect, test, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORTS, signIn, TH } from './helpers';

/**
 * Set-up of a real organisation and the accounts people manage (issue 9, items 9 and 11), on a
 * server of its own (no demo: demo accounts keep their published password): set-up takes a pasted
 * web address, offers the 77 provinces and the special local governments and signs the
 * coordinator in; a person changes their own password, a coordinator resets a member's, and both
 * end that person's other sessions; the login page says what to do about a forgotten password.
 */
const PORT = PORTS.demo + 53;
const BASE = `http://localhost:${PORT}`;
const COORD = {
	name: 'นางสาวกานดา ใจงาม',
	email: 'ita@bangkok.example',
	password: 'set-up-pass-1'
};
const MEMBER = { name: 'นายวีระ ตั้งใจ', email: 'weera@bangkok.example', password: 'initial-pass-1' };

test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ baseURL: BASE });

let server: { child: ChildProcess; exited: Promise<unknown> } | undefined;
test.beforeAll(async () => {
	test.setTimeout(200_000);
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(PORT),
		HOST: '127.0.0.1',
		ORIGIN: BASE,
		DATA_DIR: join(tmpdir(), `ita-e2e-${PORT}`)
	};
	delete env.DEMO;
	const child = spawn(process.execPath, ['scripts/e2e-server.js'], {
		env,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	server = { child, exited: new Promise((r) => child.once('exit', r)) };
	for (let i = 0; i < 1500 && child.exitCode === null; i++) {
		try {
			if ((await fetch(`${BASE}/api/v1/health`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('the accounts server did not start');
});
test.afterAll(async () => {
	server?.child.kill('SIGTERM');
	await server?.exited;
});

/** Signed in; a password someone else chose lands on /account (`landing`) instead of home. */
async function signedIn(
	browser: Browser,
	email: string,
	password: string,
	landing = '/'
): Promise<Page> {
	const page = await (await browser.newContext({ baseURL: BASE })).newPage();
	await page.goto('/login');
	await signIn(page, email, password);
	await expect(page).toHaveURL(BASE + landing);
	return page;
}

const MUST_CHANGE = 'รหัสผ่านที่ใช้อยู่เป็นรหัสผ่านชั่วคราว';

test('set-up: 77 provinces, the special local governments, a required domain', async ({ page }) => {
	await page.goto('/setup');
	await expect(page.locator('#provinces option')).toHaveCount(77);
	await expect(page.locator('#provinces option[value="กรุงเทพมหานคร"]')).toHaveCount(1);
	const types = page.getByLabel('ประเภทหน่วยงาน');
	await expect(types.locator('option[value="bangkok"]')).toHaveText(/^กรุงเทพมหานคร/);
	await expect(types.locator('option[value="pattaya"]')).toHaveText(/^เมืองพัทยา/);

	await page.getByLabel('ชื่อหน่วยงาน').fill('กรุงเทพมหานคร');
	await page.getByLabel('จังหวัด').fill('Bangkok');
	await page.getByRole('button', { name: 'สร้างหน่วยงาน' }).click();
	await expect(page.locator('#f-domain-error')).toHaveText('กรุณากรอกโดเมนเว็บไซต์หลักของหน่วยงาน');
	await expect(page.locator('#f-province-error')).toContainText('ไม่พบจังหวัดนี้');
});

test('set-up keeps the host of a pasted address and signs the coordinator in', async ({ page }) => {
	await page.goto('/setup');
	await page.getByLabel('ชื่อหน่วยงาน').fill('กรุงเทพมหานคร');
	await page.getByLabel('ประเภทหน่วยงาน').selectOption('bangkok');
	await page.getByLabel('จังหวัด').fill('กรุงเทพมหานคร');
	await page.getByLabel('โดเมนเว็บไซต์หลักของหน่วยงาน').fill('https://www.bangkok.go.th/index.php');
	await page.getByLabel('ชื่อ-นามสกุล').fill(COORD.name);
	await page.getByLabel(TH.email, { exact: true }).fill(COORD.email);
	await page.getByLabel(/^รหัสผ่าน/).fill(COORD.password);
	await page.getByLabel('ยืนยันรหัสผ่าน').fill(COORD.password);
	await page.getByRole('radio').first().check();
	await page.getByRole('button', { name: 'สร้างหน่วยงาน' }).click();

	await expect(page).toHaveURL(BASE + '/?welcome=1');
	await expect(page.getByRole('heading', { level: 1, name: TH.welcome(COORD.name) })).toBeVisible();
	await expect(page.getByRole('status')).toContainText('ตั้งค่าหน่วยงานเรียบร้อยแล้ว');
	await page.goto('/settings/organisation');
	await expect(page.getByLabel('โดเมน', { exact: false })).toHaveValue('www.bangkok.go.th');
	await expect(page.getByLabel('ประเภทหน่วยงาน')).toHaveValue('bangkok');
});

test('organisation settings offer the same 77 provinces and refuse any other', async ({
	browser
}) => {
	const page = await signedIn(browser, COORD.email, COORD.password);
	await page.goto('/settings/organisation');
	const province = page.getByLabel(/^จังหวัด/);
	await expect(province).toHaveValue('กรุงเทพมหานคร');
	await expect(page.locator('#provinces option')).toHaveCount(77);
	await province.fill('Chiang Mai');
	await page.getByRole('button', { name: 'บันทึก' }).click();
	await expect(page.locator('#f-province-error')).toContainText('ไม่พบจังหวัดนี้');
	await province.fill('จังหวัดเชียงใหม่');
	await page.getByRole('button', { name: 'บันทึก' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'บันทึกแล้ว' })).toBeVisible();
	await page.reload();
	await expect(province).toHaveValue('เชียงใหม่');
	await province.fill('กรุงเทพมหานคร');
	await page.getByRole('button', { name: 'บันทึก' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'บันทึกแล้ว' })).toBeVisible();
});

test('a new organisation’s dashboard says nothing is assigned yet and links to the matrix', async ({
	browser
}) => {
	const page = await signedIn(browser, COORD.email, COORD.password);
	// Set-up opened the round of this fiscal year (Bangkok time, from 1 October).
	const bangkok = new Date(Date.now() + 7 * 3600_000);
	const year = bangkok.getUTCFullYear() + (bangkok.getUTCMonth() >= 9 ? 1 : 0) + 543;
	await page.goto(`/cycle/${year}/dashboard`);
	const section = page.locator('section[aria-labelledby="by-division"]');
	await expect(section).toContainText('ยังไม่ได้มอบหมายข้อ OIT ให้ส่วนราชการใด');
	await expect(section.locator('canvas')).toHaveCount(0);
	await section.getByRole('link', { name: 'มอบหมายข้อ OIT ในตารางมอบหมายงาน' }).click();
	await expect(page).toHaveURL(`${BASE}/cycle/${year}/matrix`);
});

test('the login page says what to do about a forgotten password', async ({ page }) => {
	await page.goto('/login');
	await page.getByText('ลืมรหัสผ่าน?').click();
	await expect(page.getByText(/ติดต่อผู้ประสานงาน ITA ของหน่วยงานคุณ/)).toBeVisible();
});

test('a person changes their own password from their name; other sessions end', async ({
	browser
}) => {
	const coord = await signedIn(browser, COORD.email, COORD.password);
	await coord.goto('/settings/members');
	const add = coord.locator('form[action="?/create"]');
	await add.getByLabel('ชื่อ-นามสกุล').fill(MEMBER.name);
	await add.getByLabel('อีเมล').fill(MEMBER.email);
	await add.getByLabel('รหัสผ่านเริ่มต้น').fill(MEMBER.password);
	await add.getByLabel('บทบาท').selectOption('executive');
	await add.getByRole('button', { name: 'เพิ่มผู้ใช้งาน' }).click();
	await expect(coord.getByRole('status')).toContainText(MEMBER.email);

	// The initial password was typed by the coordinator: both sign-ins land on the account page.
	const here = await signedIn(browser, MEMBER.email, MEMBER.password, '/account');
	const there = await signedIn(browser, MEMBER.email, MEMBER.password, '/account');
	await expect(here.getByRole('alert')).toContainText(MUST_CHANGE);
	await here.getByRole('link', { name: MEMBER.name }).click();
	await expect(here.getByRole('heading', { level: 1 })).toHaveText('บัญชีของฉัน');

	const form = here.locator('form[action="?/password"]');
	await form.getByLabel('รหัสผ่านปัจจุบัน').fill('not-my-password');
	await form.getByLabel(/^รหัสผ่านใหม่/).fill('weera-own-pass-2');
	await form.getByLabel('ยืนยันรหัสผ่าน').fill('weera-own-pass-2');
	await form.getByRole('button', { name: 'เปลี่ยนรหัสผ่าน' }).click();
	await expect(here.locator('#f-current-error')).toHaveText('รหัสผ่านปัจจุบันไม่ถูกต้อง');

	await form.getByLabel('รหัสผ่านปัจจุบัน').fill(MEMBER.password);
	await form.getByLabel(/^รหัสผ่านใหม่/).fill('weera-own-pass-2');
	await form.getByLabel('ยืนยันรหัสผ่าน').fill('weera-own-pass-2');
	await form.getByRole('button', { name: 'เปลี่ยนรหัสผ่าน' }).click();
	await expect(here.getByRole('status')).toContainText('เปลี่ยนรหัสผ่านแล้ว');

	// This browser stays signed in; the other one is out.
	await here.goto('/');
	await expect(here).toHaveURL(BASE + '/');
	await there.goto('/');
	await expect(there).toHaveURL(/\/login$/);
	// The old password no longer works, the new one does.
	await signIn(there, MEMBER.email, MEMBER.password);
	await expect(there.getByRole('alert')).toHaveText(TH.loginFailed);
	await signIn(there, MEMBER.email, 'weera-own-pass-2');
	await expect(there).toHaveURL(BASE + '/');
});

test('a coordinator resets a member’s password: shown once, every session of the member ends', async ({
	browser
}) => {
	const member = await signedIn(browser, MEMBER.email, 'weera-own-pass-2');
	const coord = await signedIn(browser, COORD.email, COORD.password);
	await coord.goto('/settings/members');
	const row = coord.getByRole('row', { name: new RegExp(MEMBER.email) });
	await row.getByText('แก้ไข').click();
	await row.getByText('ตั้งรหัสผ่านใหม่…').click();
	await expect(row).toContainText('รหัสผ่านเดิมจะใช้ไม่ได้');
	await row.getByRole('button', { name: `ยืนยัน: ตั้งรหัสผ่านใหม่ให้ ${MEMBER.name}` }).click();

	const temporary = await coord.getByRole('textbox', { name: 'รหัสผ่านชั่วคราว' }).inputValue();
	expect(temporary).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
	await member.goto('/');
	await expect(member).toHaveURL(/\/login$/);
	await signIn(member, MEMBER.email, temporary);
	// A temporary password: the account page, saying why, and no other page until it is changed.
	await expect(member).toHaveURL(BASE + '/account');
	await expect(member.getByRole('alert')).toContainText(MUST_CHANGE);
	for (const path of ['/', '/my-work', '/settings/members', '/notifications']) {
		await member.goto(path);
		await expect(member, path).toHaveURL(BASE + '/account');
	}
	const form = member.locator('form[action="?/password"]');
	await form.getByLabel('รหัสผ่านปัจจุบัน').fill(temporary);
	await form.getByLabel(/^รหัสผ่านใหม่/).fill('weera-own-pass-3');
	await form.getByLabel('ยืนยันรหัสผ่าน').fill('weera-own-pass-3');
	await form.getByRole('button', { name: 'เปลี่ยนรหัสผ่าน' }).click();
	await expect(member.getByRole('status')).toContainText('เปลี่ยนรหัสผ่านแล้ว');
	await expect(member.getByText(MUST_CHANGE)).toHaveCount(0);
	await member.goto('/notifications');
	await expect(member).toHaveURL(BASE + '/notifications');

	// One's own row offers the account page instead, and removing asks first.
	const own = coord.getByRole('row', { name: new RegExp(COORD.email) });
	await own.getByText('แก้ไข').click();
	await expect(own.getByText('ตั้งรหัสผ่านใหม่…')).toHaveCount(0);
	await expect(own.getByRole('link', { name: 'เปลี่ยนรหัสผ่าน' })).toHaveAttribute('href', '/account');
	await coord.goto('/settings/members');
	const again = coord.getByRole('row', { name: new RegExp(MEMBER.email) });
	await again.getByText('แก้ไข').click();
	await again.getByText('นำออกจากหน่วยงาน').click();
	await expect(again).toContainText(`นำ ${MEMBER.name} ออกจากหน่วยงาน? สิทธิ์จะสิ้นสุดทันที`);
	await again.getByRole('button', { name: `ยืนยัน: นำ ${MEMBER.name} ออก` }).click();
	await expect(coord.getByRole('row', { name: new RegExp(MEMBER.email) })).toHaveCount(0);
});
