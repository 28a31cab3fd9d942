import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { DEMO, DEMO_PASSWORD, SESSION_COOKIE, setCookie } from './helpers';
import { postTo, startServer, type OwnServer } from './spawn';

/**
 * Issue 7, item 6: messages that say what happened. On a demo instance of this test's own, since
 * the tests submit and change its work.
 */
let server: OwnServer;

test.beforeAll(async () => {
	test.setTimeout(90_000);
	server = await startServer(2, { DEMO: '1' });
});
test.afterAll(() => server.stop());

async function cookieOf(email: string) {
	const res = await postTo(server.origin, '/login', { email, password: DEMO_PASSWORD });
	return `${SESSION_COOKIE}=${setCookie(res, SESSION_COOKIE)}`;
}

const page = async (path: string, cookie: string) =>
	(await fetch(server.origin + path, { headers: { cookie } })).text();

/** The hidden fields of the first form posting to `action` in the HTML. */
function formFields(html: string, action: string): Record<string, string> {
	const form = new RegExp(`<form[^>]*action="\\?/${action}"[^>]*>([\\s\\S]*?)</form>`).exec(html);
	if (!form) throw new Error(`no ${action} form`);
	const fields: Record<string, string> = {};
	for (const m of form[1].matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) {
		fields[m[1]] = m[2];
	}
	return fields;
}

/** An enhanced submission: the action result as JSON, the way the page receives it. */
async function enhanced(path: string, fields: Record<string, string>, cookie: string) {
	const res = await postTo(server.origin, path, fields, {
		cookie,
		accept: 'application/json',
		'x-sveltekit-action': 'true'
	});
	return {
		status: res.status,
		body: (await res.json()) as { type: string; status?: number; data?: string }
	};
}

test('a body over the limit says it is too large, and the limit', async ({ browser }) => {
	const cookie = await cookieOf(DEMO.coordinator);
	const big = { name: 'x'.repeat(4 * 1024 * 1024) };
	const res = await postTo(server.origin, '/settings/api-tokens?/create', big, { cookie });
	expect(res.status).toBe(413);
	const html = await res.text();
	expect(html).toContain('ใหญ่เกินกำหนด');
	expect(html).toContain('3 MB');
	expect(html).not.toContain('ระบบขัดข้อง');

	// The same from the page with JavaScript on (use:enhance), as a person sees it.
	const context = await browser.newContext();
	const [name, value] = cookie.split('=');
	await context.addCookies([{ name, value, url: server.origin }]);
	const tab = await context.newPage();
	await tab.goto(server.origin + '/settings/api-tokens');
	await tab.evaluate(() => {
		const input = document.querySelector<HTMLInputElement>('input[name="name"]')!;
		input.removeAttribute('maxlength');
		input.value = 'x'.repeat(4 * 1024 * 1024);
		input.form!.requestSubmit();
	});
	await expect(tab.getByText(/ใหญ่เกินกำหนด \(สูงสุด 3 MB\)/)).toBeVisible();
	await tab.screenshot({ path: 'test-results/too-large.png', fullPage: true });
	await context.close();
});

test('an over-long sign-off note is refused with its limit, not cut', async ({ browser }) => {
	const cookie = await cookieOf(DEMO.executive);
	const res = await postTo(
		server.origin,
		'/cycle/2565/dashboard?/signoff',
		{ note: 'ก'.repeat(2001) },
		{ cookie }
	);
	expect(res.status).toBe(400);
	expect(await res.text()).toContain('ยาวเกิน 2000 ตัวอักษร');
	expect(await page('/cycle/2565/dashboard', cookie)).not.toContain('ก'.repeat(2000));

	const context = await browser.newContext();
	const [name, value] = cookie.split('=');
	await context.addCookies([{ name, value, url: server.origin }]);
	const tab = await context.newPage();
	await tab.goto(server.origin + '/cycle/2565/dashboard');
	const note = tab.getByLabel('หมายเหตุ (ถ้ามี)');
	await note.evaluate((el) => el.removeAttribute('maxlength'));
	await note.fill('ก'.repeat(2001));
	await tab.getByRole('button', { name: /ลงนาม|รับรอง/ }).click();
	await expect(tab.getByText('ยาวเกิน 2000 ตัวอักษร')).toBeVisible();
	await note.scrollIntoViewIfNeeded();
	await tab.screenshot({ path: 'test-results/signoff-too-long.png' });
	await context.close();
});

test("a contributor removing another division's evidence is told it is not theirs", async () => {
	// o20 belongs to กองคลัง; stat@ works for ฝ่ายสถิติข้อมูลและสารสนเทศ.
	const form = formFields(
		await page('/cycle/2565/items/o20', await cookieOf(DEMO.coordinator)),
		'removeEvidence'
	);
	const r = await enhanced(
		'/cycle/2565/items/o20?/removeEvidence',
		form,
		await cookieOf(DEMO.stat)
	);
	expect(r.body.type).toBe('failure');
	expect(r.body.status).toBe(403);
	expect(r.body.data).toContain('ส่วนราชการอื่น');
	expect(r.body.data).not.toContain('ถูกผู้อื่นแก้ไข');
});

test('of 20 concurrent submits one wins; the others are told the current status', async () => {
	test.setTimeout(60_000);
	const finance = await cookieOf(DEMO.finance);
	const item = '/cycle/2565/items/o19';
	const add = formFields(await page(item, finance), 'addEvidence');
	const added = await postTo(
		server.origin,
		`${item}?/addEvidence`,
		{
			part_id: add.part_id,
			client_key: randomUUID(),
			kind: 'url',
			url: 'https://www.pyo.go.th/ita2565/o19',
			title: 'o19',
			note: '',
			elements: '0'
		},
		{ cookie: finance }
	);
	expect(added.status).toBeLessThan(400);
	const move = formFields(await page(item, finance), 'move');
	expect(move.action).toBe('submit');
	const results = await Promise.all(
		// Confirmed: the item is short of elements, which asks first (guard-rails.spec.ts).
		Array.from({ length: 20 }, () =>
			enhanced(`${item}?/move`, { ...move, confirm: 'yes' }, finance)
		)
	);
	const wins = results.filter((r) => r.body.type === 'success');
	const conflicts = results.filter((r) => r.body.type === 'failure' && r.body.status === 409);
	expect(wins).toHaveLength(1);
	expect(conflicts).toHaveLength(19);
	for (const c of conflicts) {
		expect(c.body.data).toContain('มีผู้อื่นเปลี่ยนสถานะข้อนี้ไปก่อนแล้ว สถานะปัจจุบัน: ส่งแล้ว รอตรวจ');
	}
});

test('adding a member says an existing account keeps its own password; a bad name is named', async ({
	browser
}) => {
	const cookie = await cookieOf(DEMO.coordinator);
	const context = await browser.newContext();
	const [name, value] = cookie.split('=');
	await context.addCookies([{ name, value, url: server.origin }]);
	const tab = await context.newPage();
	await tab.goto(server.origin + '/settings/members');
	const form = tab.locator('form[action="?/create"]');
	await form.getByLabel('ชื่อ-นามสกุล').fill('นายทดสอบ\u0007 ระบบ');
	await form.getByLabel('อีเมล').fill('viewer2@demo.example');
	await form.getByLabel('รหัสผ่านเริ่มต้น').fill('initial-pass-1');
	await form.getByLabel('บทบาท').selectOption('viewer');
	await form.getByRole('button', { name: 'เพิ่มผู้ใช้งาน' }).click();
	await expect(tab.getByRole('alert')).toContainText('ช่อง “ชื่อ-นามสกุล” มีอักขระที่บันทึกไม่ได้');
	await tab.screenshot({ path: 'test-results/member-bad-name.png' });

	await form.getByLabel('ชื่อ-นามสกุล').fill('นายทดสอบ ระบบ');
	await form.getByLabel('รหัสผ่านเริ่มต้น').fill('initial-pass-1');
	await form.getByRole('button', { name: 'เพิ่มผู้ใช้งาน' }).click();
	await expect(tab.getByRole('status')).toContainText('ผู้ใช้งานเข้าสู่ระบบด้วยรหัสผ่านเดิมของตน');
	await tab.screenshot({ path: 'test-results/member-added.png' });
	await context.close();
});
