import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, get, origin, post, sessionCookie } from './helpers';
import { OPEN_REDIRECT_VECTORS } from '../shared/redirect-vectors';

/**
 * W12 / issue 7 item 2: no answer of this site sends the browser to another one. Every Location
 * must be a path that a browser resolves on this origin (never `//host` or `/\host`).
 */
const BASE = origin('demo');

function expectSameOrigin(res: Response, vector: string) {
	expect(res.status, vector).toBe(303);
	const location = res.headers.get('location') ?? '';
	expect(location, vector).toMatch(/^\/(?![/\\])/);
	expect(new URL(location, BASE).origin, vector).toBe(BASE);
}

test.describe('no open redirect', () => {
	test('GET /login?redirectTo=… while signed in', async () => {
		const cookie = await sessionCookie('demo', DEMO.viewer);
		for (const vector of OPEN_REDIRECT_VECTORS) {
			const res = await get('demo', `/login?redirectTo=${encodeURIComponent(vector)}`, cookie);
			expectSameOrigin(res, vector);
			expect(res.headers.get('location'), vector).toBe('/');
		}
		// The raw forms of the probe, with the encoding left to the server.
		for (const raw of [
			'%2F..%2F%2Fevil.com',
			'/.//evil.com',
			'/%2e//evil.com',
			'/a/..//evil.com'
		]) {
			const res = await get('demo', `/login?redirectTo=${raw}`, cookie);
			expectSameOrigin(res, raw);
			expect(res.headers.get('location'), raw).toBe('/');
		}
		const kept = await get('demo', '/login?redirectTo=%2Fcatalog%2F2565%3Fx%3D2', cookie);
		expect(kept.headers.get('location')).toBe('/catalog/2565?x=2');
	});

	test('POST /login with a forged redirectTo field', async () => {
		for (const vector of OPEN_REDIRECT_VECTORS) {
			const res = await post('demo', '/login', {
				email: DEMO.viewer,
				password: DEMO_PASSWORD,
				redirectTo: vector
			});
			expectSameOrigin(res, vector);
			expect(res.headers.get('location'), vector).toBe('/');
		}
	});

	test('POST /lang with a forged redirectTo field', async () => {
		for (const vector of OPEN_REDIRECT_VECTORS) {
			const res = await post('demo', '/lang', { lang: 'th', redirectTo: vector });
			expectSameOrigin(res, vector);
			expect(res.headers.get('location'), vector).toBe('/');
		}
		const kept = await post('demo', '/lang', { lang: 'th', redirectTo: '/catalog/2565' });
		expect(kept.headers.get('location')).toBe('/catalog/2565');
	});
});
