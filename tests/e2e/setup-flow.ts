import { expect, test } from '@playwright/test';
import { get, origin, signIn, TH, type Server } from './helpers';
import { currentFiscalYear } from '../../src/lib/server/rounds';

export interface NewOrg {
	name: string;
	province: string;
	domain: string;
	fullName: string;
	email: string;
	password: string;
}

/**
 * First-run set-up on a server with no organisation, in order: a bad submission changes nothing,
 * a good one creates the organisation, then its coordinator signs in. Shared by setup.spec.ts
 * (JavaScript on, server `setup`) and setup.nojs.spec.ts (JavaScript off, server `setupNoJs`).
 */
export function setupFlow(title: string, server: Server, org: NewOrg): void {
	test.describe(title, () => {
		test.describe.configure({ mode: 'serial' });
		test.use({ baseURL: origin(server) });
		defineTests(server, org);
	});
}

function defineTests(server: Server, org: NewOrg): void {
	test('with no organisation, / leads to /login and on to /setup', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveURL(/\/setup$/);
		await expect(page.getByRole('heading', { level: 1, name: TH.setupTitle })).toBeVisible();
	});

	test('a bad submission shows Thai field errors, keeps the values and creates nothing', async ({
		page
	}) => {
		await page.goto('/setup');
		await page.getByLabel('ชื่อหน่วยงาน').fill('');
		await page.getByLabel('ประเภทหน่วยงาน').selectOption('municipality');
		await page.getByLabel('จังหวัด').fill(org.province);
		await page.getByLabel('โดเมนเว็บไซต์หลักของหน่วยงาน').fill('');
		await page.getByLabel('ชื่อ-นามสกุล').fill(org.fullName);
		await page.getByLabel(TH.email, { exact: true }).fill(org.email);
		await page.getByLabel(/^รหัสผ่าน/).fill(org.password);
		await page.getByLabel('ยืนยันรหัสผ่าน').fill(org.password + 'x');
		await page.getByRole('button', { name: 'สร้างหน่วยงาน' }).click();

		await expect(page.getByRole('alert').first()).toHaveText(
			'กรุณาแก้ไขช่องที่มีเครื่องหมายแจ้งเตือน แล้วบันทึกอีกครั้ง'
		);
		await expect(page.locator('#f-name-error')).toHaveText('กรุณากรอกชื่อหน่วยงาน');
		await expect(page.locator('#f-domain-error')).toHaveText('กรุณากรอกโดเมนเว็บไซต์หลักของหน่วยงาน');
		await expect(page.locator('#f-password_confirm-error')).toHaveText('รหัสผ่านทั้งสองช่องไม่ตรงกัน');
		// This year has no official list: nothing is chosen for the coordinator.
		await expect(page.getByText('เลือกรายการ OIT ที่จะใช้', { exact: true })).toBeVisible();
		await expect(page.getByLabel('ชื่อหน่วยงาน')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByLabel('จังหวัด')).toHaveValue(org.province);
		await expect(page.getByLabel('โดเมนเว็บไซต์หลักของหน่วยงาน')).toHaveValue('');
		await expect(page.getByLabel('ชื่อ-นามสกุล')).toHaveValue(org.fullName);
		await expect(page.getByLabel(TH.email, { exact: true })).toHaveValue(org.email);
		await expect(page.getByLabel('ประเภทหน่วยงาน')).toHaveValue('municipality');

		// Nothing was created: the set-up page is still offered (it redirects once an org exists).
		const res = await get(server, '/setup');
		expect(res.status).toBe(200);
	});

	test('a good submission creates the organisation and signs its coordinator in', async ({
		page
	}) => {
		await page.goto('/setup');
		await page.getByLabel('ชื่อหน่วยงาน').fill(org.name);
		await page.getByLabel('ประเภทหน่วยงาน').selectOption('municipality');
		await page.getByLabel('จังหวัด').fill(org.province);
		// Pasted as a web address: only the host is kept.
		await page.getByLabel('โดเมนเว็บไซต์หลักของหน่วยงาน').fill(`https://${org.domain}/index.php`);
		await page.getByLabel('ชื่อ-นามสกุล').fill(org.fullName);
		await page.getByLabel(TH.email, { exact: true }).fill(org.email);
		await page.getByLabel(/^รหัสผ่าน/).fill(org.password);
		await page.getByLabel('ยืนยันรหัสผ่าน').fill(org.password);
		// The newest list is offered first, as the starting point for this year.
		const year = currentFiscalYear();
		await expect(
			page.getByRole('group', { name: `รายการ OIT ที่ใช้ในรอบนี้ — ปีงบประมาณ พ.ศ. ${year}` })
		).toBeVisible();
		const first = page.getByRole('radio').first();
		await expect(first).not.toBeChecked();
		await first.check();
		await page.getByRole('button', { name: 'สร้างหน่วยงาน' }).click();

		await expect(page).toHaveURL(/\/\?welcome=1$/);
		await expect(
			page.getByRole('heading', { level: 1, name: TH.welcome(org.fullName) })
		).toBeVisible();
		await page.goto('/settings/organisation');
		await expect(page.getByLabel(/^โดเมน/)).toHaveValue(org.domain);
		// Set-up is closed for good: /setup now sends everyone to the login page.
		const res = await get(server, '/setup');
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe('/login');
	});

	test('the new coordinator signs in and sees the organisation on the home page', async ({
		page
	}) => {
		await page.goto('/login');
		await signIn(page, org.email, org.password);
		await expect(page).toHaveURL(origin(server) + '/');
		await expect(
			page.getByRole('heading', { level: 1, name: TH.welcome(org.fullName) })
		).toBeVisible();
		await expect(page.getByRole('banner')).toContainText(org.name);
		await expect(page.getByRole('main')).toContainText(org.name);
		await expect(page.getByRole('main')).toContainText('ผู้ประสานงาน ITA');
	});

	test('the new coordinator’s home shows the first steps and every item as without an owner, and at risk', async ({
		page
	}) => {
		const year = currentFiscalYear();
		await page.goto('/login');
		await signIn(page, org.email, org.password);
		const main = page.getByRole('main');
		const steps = main.locator('section').filter({
			has: page.getByRole('heading', { name: 'เริ่มต้นใช้งาน' })
		});
		await expect(steps.getByRole('listitem')).toHaveText([
			/เพิ่มส่วนราชการของหน่วยงาน\s*○ ยังไม่ได้ทำ/,
			/เพิ่มผู้ใช้งานและผูกกับส่วนราชการ\s*○ ยังไม่ได้ทำ/,
			/มอบหมายข้อ OIT ให้ส่วนราชการ\s*○ ยังไม่ได้ทำ/
		]);
		const heading = main.getByRole('heading', { name: /^ข้อที่ยังไม่มีผู้รับผิดชอบ \(\d+\)$/ });
		const count = Number(/\((\d+)\)/.exec((await heading.textContent()) ?? '')?.[1]);
		expect(count).toBeGreaterThan(0);
		await expect(main).toContainText(`ข้อที่มีความเสี่ยง ${count} จาก ${count} ข้อ`);
		await page.goto(`/cycle/${year}/dashboard`);
		await expect(page.getByRole('heading', { name: `⚠ ข้อที่มีความเสี่ยง (${count})` })).toBeVisible();
		await expect(page.getByText('ยังไม่ได้มอบหมายส่วนราชการ').first()).toBeVisible();
	});

	for (const [kind, link] of [
		['XLSX', 'ดาวน์โหลด Excel (.xlsx)'],
		['CSV', 'ดาวน์โหลด CSV']
	] as const) {
		test(`the exported ${kind} of the unassigned items imports back with no errors and no changes`, async ({
			page
		}) => {
			const year = currentFiscalYear();
			await page.goto('/login');
			await signIn(page, org.email, org.password);
			// Signed in before leaving the page: a navigation would cut the sign-in short.
			await expect(page).not.toHaveURL(/\/login/);
			await page.goto(`/cycle/${year}/matrix`);
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('link', { name: link }).click()
			]);
			const chunks: Buffer[] = [];
			for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
			const form = page.locator('details#import');
			await form.locator('summary').click();
			await page.getByLabel(/ไฟล์การมอบหมาย/).setInputFiles({
				name: download.suggestedFilename(),
				mimeType: kind === 'CSV' ? 'text/csv' : 'application/octet-stream',
				buffer: Buffer.concat(chunks)
			});
			await page.getByRole('button', { name: 'ตรวจสอบไฟล์' }).click();
			await expect(page.getByText('มอบหมายใหม่ 0 · เปลี่ยน 0 · ไม่เปลี่ยน 0')).toBeVisible();
			await expect(page.getByText(/อีก \d+ แถวไม่ได้ระบุส่วนราชการ/)).toBeVisible();
			await expect(page.getByText('ไฟล์นี้ตรงกับการมอบหมายปัจจุบันทุกข้อ ไม่มีสิ่งที่ต้องนำเข้า')).toBeVisible();
			await expect(page.getByText('ไม่ได้ระบุส่วนราชการที่รับผิดชอบ')).toHaveCount(0);
		});
	}

	test('the organisation works on this fiscal year, on its own copy of the newest list', async ({
		page
	}) => {
		const year = currentFiscalYear();
		await page.goto('/login');
		await signIn(page, org.email, org.password);
		await expect(page.getByRole('main')).toContainText(`ปีงบประมาณ พ.ศ. ${year}`);
		await page.goto(`/cycle/${year}/matrix`);
		await expect(page.getByRole('note').filter({ hasText: 'ฉบับของหน่วยงาน' })).toContainText(
			'เริ่มจากรายการปี'
		);
		// No item of the copy is overdue on the day it was made.
		await expect(page.getByText(/เลยกำหนด \d+ วัน/)).toHaveCount(0);
	});
}
