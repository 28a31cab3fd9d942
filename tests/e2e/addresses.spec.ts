import { expect, test, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO, DEMO_COORDINATOR_NAME, PORTS, signIn, TH } from './helpers';

/**
 * Sign-in from another PC (issue 9, item 1): the built server started as `npm start` starts it
 * (scripts/serve.js, listening on every address), once without ORIGIN — reached at 127.0.0.1 and
 * at a second address of this machine, as a colleague on the office network would — and once with
 * ORIGIN set, reached at an address that is not ORIGIN. Each server has its own empty data folder.
 */
const OPEN = PORTS.demo + 51;
const FIXED = PORTS.demo + 52;

/** This machine's network address (as `hostname -I` prints it), else another loopback address. */
const otherAddress =
	Object.values(networkInterfaces())
		.flat()
		.find((i) => i && i.family === 'IPv4' && !i.internal)?.address ?? '127.0.0.2';

interface Started {
	child: ChildProcess;
	exited: Promise<unknown>;
}

/** Starts scripts/serve.js on `port`, demo loaded; `origin` sets ORIGIN, none leaves it unset. */
async function start(port: number, origin?: string): Promise<Started> {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(port),
		HOST: '0.0.0.0',
		DEMO: '1',
		DATA_DIR: join(tmpdir(), `ita-e2e-${port}`)
	};
	delete env.ORIGIN;
	if (origin) env.ORIGIN = origin;
	const child = spawn(process.execPath, ['scripts/e2e-server.js'], {
		env,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const exited = new Promise((r) => child.once('exit', r));
	const deadline = Date.now() + 150_000;
	while (Date.now() < deadline && child.exitCode === null) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok) return { child, exited };
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`the server on ${port} did not start`);
}

async function stop(server: Started | undefined) {
	if (!server) return;
	server.child.kill('SIGTERM');
	await server.exited;
}

/** Signs the demo coordinator in at `base` in a fresh browser context; returns its page. */
async function signInAt(browser: Browser, base: string, javaScriptEnabled = true) {
	const context = await browser.newContext({ baseURL: base, javaScriptEnabled });
	const page = await context.newPage();
	await page.goto('/login');
	await signIn(page, DEMO.coordinator);
	return page;
}

test.describe('without ORIGIN: every address of the machine', () => {
	test.describe.configure({ mode: 'serial', timeout: 200_000 });
	let server: Started | undefined;
	test.beforeAll(async () => {
		test.setTimeout(200_000);
		server = await start(OPEN);
	});
	test.afterAll(() => stop(server));

	for (const host of ['127.0.0.1', otherAddress]) {
		test(`signs in at http://${host} and stays signed in`, async ({ browser }) => {
			const base = `http://${host}:${OPEN}`;
			const page = await signInAt(browser, base);
			await expect(page).toHaveURL(base + '/');
			await expect(
				page.getByRole('heading', { level: 1, name: TH.welcome(DEMO_COORDINATOR_NAME) })
			).toBeVisible();
			// The session cookie is kept over plain http (not Secure) and carries the next page.
			const [cookie] = await page.context().cookies();
			expect(cookie.secure).toBe(false);
			await page.goto('/settings/members');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('ผู้ใช้งาน');
			await page.context().close();
		});
	}

	test('a form from another site is still refused, and changes nothing', async () => {
		const res = await fetch(`http://127.0.0.1:${OPEN}/login`, {
			method: 'POST',
			body: new URLSearchParams({ email: DEMO.coordinator, password: 'demo-2565-pass' }),
			headers: { origin: 'https://evil.example', accept: 'text/html' },
			redirect: 'manual'
		});
		expect(res.status).toBe(403);
		expect(res.headers.get('set-cookie')).toBeNull();
		// The same post from the address itself is not.
		const own = await fetch(`http://127.0.0.1:${OPEN}/login`, {
			method: 'POST',
			body: new URLSearchParams({ email: DEMO.coordinator, password: 'demo-2565-pass' }),
			headers: { origin: `http://127.0.0.1:${OPEN}`, accept: 'text/html' },
			redirect: 'manual'
		});
		expect(own.status).toBe(303);
	});
});

test.describe('with ORIGIN set: another address is told which one to use', () => {
	test.describe.configure({ mode: 'serial', timeout: 200_000 });
	const origin = `http://localhost:${FIXED}`;
	let server: Started | undefined;
	test.beforeAll(async () => {
		test.setTimeout(200_000);
		server = await start(FIXED, origin);
	});
	test.afterAll(() => stop(server));

	for (const javaScriptEnabled of [true, false]) {
		test(`signing in at 127.0.0.1 shows the address page (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
			browser
		}) => {
			const page = await signInAt(browser, `http://127.0.0.1:${FIXED}`, javaScriptEnabled);
			await expect(
				page.getByRole('heading', { level: 1, name: 'กรุณาเปิดระบบจากที่อยู่ของระบบ' })
			).toBeVisible();
			await expect(page.getByRole('main')).toContainText(`ระบบนี้ตั้งค่าให้ใช้งานที่ ${origin}`);
			await expect(page.getByRole('main')).toContainText(`127.0.0.1:${FIXED}`);
			await expect(page.getByRole('link', { name: `เปิด ${origin}` })).toHaveAttribute(
				'href',
				`${origin}/login`
			);
			expect(await page.context().cookies()).toEqual([]);
			await page.context().close();
		});
	}

	test('at ORIGIN itself, signing in works', async ({ browser }) => {
		const page = await signInAt(browser, origin);
		await expect(page).toHaveURL(origin + '/');
		await page.context().close();
	});
});
