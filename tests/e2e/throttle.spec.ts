import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, SESSION_COOKIE, setCookie } from './helpers';
import { postTo, startServer, type OwnServer } from './spawn';

/**
 * Issue 7, item 3: sign-in throttling an attacker cannot turn against users. This server sits
 * "behind a proxy": ADDRESS_HEADER=x-forwarded-for, XFF_DEPTH=1, as the README says to set it, so
 * each test speaks from client addresses of its own (documentation ranges).
 */
let server: OwnServer;

test.beforeAll(async () => {
	test.setTimeout(90_000);
	server = await startServer(0, { DEMO: '1', ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' });
});
test.afterAll(() => server.stop());

const signIn = (email: string, password: string, from: string) =>
	postTo(server.origin, '/login', { email, password }, { 'x-forwarded-for': `10.0.0.1, ${from}` });

async function fail(times: number, email: (i: number) => string, from: string) {
	for (let i = 0; i < times; i++) {
		const res = await signIn(email(i), `wrong-${i}`, from);
		expect(res.status, `failure ${i + 1} from ${from}`).toBe(400);
	}
}

test.describe('sign-in throttling behind a proxy', () => {
	test('failures from one address never keep the person out at another address', async () => {
		await fail(10, () => DEMO.viewer, '203.0.113.10');
		expect((await signIn(DEMO.viewer, 'wrong', '203.0.113.10')).status).toBe(429);
		const res = await signIn(DEMO.viewer, DEMO_PASSWORD, '203.0.113.20');
		expect(res.status).toBe(303);
		expect(setCookie(res, SESSION_COOKIE)).toBeTruthy();
	});

	test('repeated failures slow down progressively: 30 s after the tenth, not 15 minutes', async () => {
		await fail(10, () => DEMO.executive, '198.51.100.1');
		const res = await signIn(DEMO.executive, DEMO_PASSWORD, '198.51.100.1');
		expect(res.status).toBe(429);
		const wait = Number(res.headers.get('retry-after'));
		expect(wait).toBeGreaterThan(0);
		expect(wait).toBeLessThanOrEqual(30);
		expect(await res.text()).toContain(`กรุณารอ ${wait} วินาที`);
	});

	test('a correct password forgets that address’s failures for the person', async () => {
		await fail(9, () => DEMO.finance, '198.51.100.2');
		expect((await signIn(DEMO.finance, DEMO_PASSWORD, '198.51.100.2')).status).toBe(303);
		await fail(9, () => DEMO.finance, '198.51.100.2');
	});

	test('an office of 50 behind one address: 60 typos do not lock anyone out', async () => {
		await fail(60, (i) => `colleague-${i % 50}@office.example`, '192.0.2.50');
		const res = await signIn(DEMO.coordinator, DEMO_PASSWORD, '192.0.2.50');
		expect(res.status).toBe(303);
	});

	test('past the ceiling of 100 failures per address, attempts wait seconds', async () => {
		await fail(100, (i) => `spray-${i}@office.example`, '192.0.2.99');
		const res = await signIn(DEMO.stat, DEMO_PASSWORD, '192.0.2.99');
		expect(res.status).toBe(429);
		const wait = Number(res.headers.get('retry-after'));
		expect(wait).toBeGreaterThan(0);
		expect(wait).toBeLessThanOrEqual(2);
		await new Promise((r) => setTimeout(r, wait * 1000 + 100));
		expect((await signIn(DEMO.stat, DEMO_PASSWORD, '192.0.2.99')).status).toBe(303);
	});

	test('a sign-in that did not come through the proxy (no header) is refused, not a 500', async () => {
		const res = await postTo(server.origin, '/login', {
			email: DEMO.viewer,
			password: DEMO_PASSWORD
		});
		expect(res.status).toBe(400);
		expect(setCookie(res, SESSION_COOKIE)).toBeNull();
	});
});
