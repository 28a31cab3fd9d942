import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { DEMO, origin, sessionCookie, signIn, unique } from './helpers';
import { round2 } from '../../src/lib/domain/scoring';

/**
 * The read-only JSON API (issue 4 §5) on the demo server: credentials, 404s that leak nothing,
 * the readiness figures against a hand computation from the items API, and the token life cycle
 * from the coordinator's page to the very next request after revocation.
 */

interface Item {
	code: string;
	sub_indicator: string;
	status: string;
	score: number;
	pipeline_score: number;
	due_date: string | null;
	owners: string[];
	elements_covered: boolean;
	period_met: boolean;
}

function api(
	path: string,
	headers: Record<string, string | undefined> = {},
	init: RequestInit = {}
) {
	return fetch(origin('demo') + path, {
		redirect: 'manual',
		...init,
		headers: { accept: 'application/json', ...headers }
	});
}

/** OIT by the NACC's arithmetic: items → sub-indicator means → indicator means → their mean. */
function handOit(items: Item[], score: (i: Item) => number) {
	const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
	const subs = [...new Set(items.map((i) => i.sub_indicator))].map((code) => ({
		code,
		indicator: code.split('.')[0],
		score: mean(items.filter((i) => i.sub_indicator === code).map(score))
	}));
	const indicators = [...new Set(subs.map((s) => s.indicator))].map((code) =>
		mean(subs.filter((s) => s.indicator === code).map((s) => s.score))
	);
	return { subs, oit: mean(indicators) };
}

let cookie: string;
let cycleId: string;

test.beforeAll(async () => {
	cookie = await sessionCookie('demo', DEMO.coordinator);
	const cycles = await (await api('/api/v1/cycles', { cookie })).json();
	cycleId = cycles.find((c: { fiscal_year: number }) => c.fiscal_year === 2565).id;
});

const paths = () => [
	'/api/v1/cycles',
	`/api/v1/cycles/${cycleId}/items`,
	`/api/v1/cycles/${cycleId}/readiness`
];

test('401 with {error} and no-store without credentials, or with an unknown token', async () => {
	for (const path of paths()) {
		for (const headers of [{}, { authorization: `Bearer ita_${'A'.repeat(43)}` }]) {
			const res = await api(path, headers);
			expect(res.status, path).toBe(401);
			expect(res.headers.get('cache-control')).toBe('no-store');
			expect(await res.json()).toEqual({ error: expect.any(String) });
		}
	}
});

test('the cycles the coordinator may see', async () => {
	const res = await api('/api/v1/cycles', { cookie });
	expect(res.status).toBe(200);
	expect(res.headers.get('cache-control')).toBe('no-store');
	const [cycle] = await res.json();
	expect(Object.keys(cycle).sort()).toEqual(
		[
			'id',
			'fiscal_year',
			'target',
			'iit_estimate',
			'eit_estimate',
			'oit_opens',
			'oit_closes',
			'internal_deadline',
			'edition'
		].sort()
	);
	expect(cycle).toMatchObject({
		id: cycleId,
		fiscal_year: 2565,
		target: 85,
		edition: { status: 'official', items: 43 }
	});
});

test('readiness equals a hand computation from the items API', async () => {
	const items: Item[] = await (await api(`/api/v1/cycles/${cycleId}/items`, { cookie })).json();
	expect(items).toHaveLength(43);
	expect(items.map((i) => i.code)).toEqual(Array.from({ length: 43 }, (_, n) => `o${n + 1}`));
	for (const i of items) {
		expect([0, 100]).toContain(i.score);
		expect(i.pipeline_score).toBeGreaterThanOrEqual(i.score);
		expect(i.owners.length).toBeGreaterThan(0);
	}
	expect(new Set(items.map((i) => i.status)).size).toBeGreaterThan(2);

	const res = await api(`/api/v1/cycles/${cycleId}/readiness`, { cookie });
	expect(res.status).toBe(200);
	const body = await res.json();
	expect(body).toMatchObject({ cycle_id: cycleId, fiscal_year: 2565, target: 85 });
	const readings = [
		[body.readings.confirmed, handOit(items, (i) => i.score)],
		[body.readings.pipeline, handOit(items, (i) => i.pipeline_score)]
	] as const;
	for (const [reading, hand] of readings) {
		expect(reading.oit).toBe(round2(hand.oit));
		expect(reading.sub_indicators.map((s: { score: number }) => s.score)).toEqual(
			hand.subs.map((s) => round2(s.score))
		);
		const ita = 0.3 * body.iit_estimate + 0.3 * body.eit_estimate + 0.4 * hand.oit;
		expect(reading.ita).toBe(round2(ita));
	}
	const confirmed = body.readings.confirmed;
	expect(confirmed.sub_indicators.reduce((n: number, s: { items: number }) => n + s.items, 0)).toBe(
		43
	);
	expect(confirmed.oit).toBeLessThanOrEqual(body.readings.pipeline.oit);
});

test('404 with {error} for a cycle that is not there, and for a malformed id', async () => {
	for (const id of [randomUUID(), 'not-a-uuid', `${cycleId}x`]) {
		for (const leaf of ['items', 'readiness']) {
			const res = await api(`/api/v1/cycles/${id}/${leaf}`, { cookie });
			expect(res.status, `${id}/${leaf}`).toBe(404);
			expect(await res.json()).toEqual({ error: 'Not found' });
		}
	}
});

test('a token created on the page reads the API, never writes, and dies when revoked', async ({
	page
}) => {
	const name = `Monitoring ${unique()}`;
	await page.goto('/login');
	await signIn(page, DEMO.coordinator);
	await page.getByRole('link', { name: 'ตั้งค่า' }).click();
	await page.getByRole('link', { name: 'โทเค็น API' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('โทเค็นสำหรับเชื่อมต่อ API');
	await page.getByLabel('ชื่อโทเค็น').fill(name);
	await page.getByRole('button', { name: 'สร้างโทเค็น' }).click();
	await expect(page.getByRole('heading', { name: `สร้างโทเค็น "${name}" แล้ว` })).toBeVisible();
	const token = await page.getByLabel('โทเค็นใหม่').inputValue();
	expect(token).toMatch(/^ita_[A-Za-z0-9_-]{43}$/);
	await page.evaluate(() => document.fonts.ready);
	await page.screenshot({ path: 'tests/screenshots/api-tokens-th-desktop.png', fullPage: true });

	const bearer = { authorization: `Bearer ${token}` };
	for (const path of paths()) expect((await api(path, bearer)).status, path).toBe(200);
	const items = await (await api(`/api/v1/cycles/${cycleId}/items`, bearer)).json();
	expect(items).toHaveLength(43);

	// Read only: any other method with a token is refused, with or without a session beside it.
	for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
		for (const extra of [{}, { cookie }] as Record<string, string>[]) {
			const res = await api(
				'/api/v1/cycles',
				{ ...bearer, ...extra, 'content-type': 'application/json', origin: origin('demo') },
				{ method, body: '{}' }
			);
			expect(res.status, method).toBe(405);
		}
	}

	await page.reload();
	const row = page.getByRole('row').filter({ hasText: name });
	await expect(row).not.toContainText('ยังไม่เคยใช้');

	// Revoking asks first, saying what it does.
	await row.locator('summary').click();
	await expect(row).toContainText('ถูกปฏิเสธตั้งแต่คำขอถัดไป');
	await row.getByRole('button', { name: `เพิกถอนโทเค็น ${name}` }).click();
	await expect(page.getByRole('status')).toContainText('เพิกถอนโทเค็นแล้ว');
	const after = await api('/api/v1/cycles', bearer);
	expect(after.status).toBe(401);
	expect(await after.json()).toEqual({ error: expect.any(String) });
	await expect(row).toContainText('เพิกถอนแล้ว');
});
