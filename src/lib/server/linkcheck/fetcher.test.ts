/**
 * The fetcher against a local server that counts every request. Relaxed for the tests, and named
 * so in each describe: `allowLoopback` lets names that resolve to 127.0.0.1 through (never literal
 * IPs), and `portFor` dials the test server's port while URLs keep ports 80/443. Because of
 * `portFor`, a request that slipped past a check would reach the test server and be counted.
 */
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { yearShown } from '../../domain/link-year';
import { createFetcher, USER_AGENT, type FetcherOptions } from './fetcher';
import { tinyPdf } from './test-pdf';
import { startTestServer, stream, stubResolver, type TestServer } from './test-server';

const PUBLIC = '93.184.216.34';
const domains = ['agency.gov'];
let server: TestServer;

beforeAll(async () => {
	server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const names = () =>
	stubResolver({
		'agency.gov': ['127.0.0.1'],
		'www.agency.gov': ['127.0.0.1'],
		'evil.com': ['127.0.0.1'],
		'intranet.agency.gov': ['10.0.0.5'],
		'mixed.agency.gov': ['127.0.0.1', '10.0.0.5'],
		'empty.agency.gov': []
	});

function fetcher(stub = names(), extra: FetcherOptions = {}) {
	return createFetcher({
		allowLoopback: true,
		portFor: () => server.port,
		lookup: stub.resolve,
		connectTimeoutMs: 1000,
		readTimeoutMs: 1000,
		deadlineMs: 3000,
		...extra
	});
}

const html = (title: string, body = '') =>
	`<html><head><title>${title}</title></head><body>${body}</body></html>`;
const redirect =
	(location: string, status = 302) =>
	(_: unknown, res: import('node:http').ServerResponse) =>
		res.writeHead(status, { location }).end();

describe('refused before any DNS query or socket (loopback names allowed, port remapped)', () => {
	it.each([
		'ftp://agency.gov/x',
		'file:///etc/passwd',
		'gopher://agency.gov',
		'data:,x',
		'javascript:x',
		'ws://agency.gov'
	])('S01 %s → scheme_not_allowed', async (url) => {
		const stub = names();
		const result = await fetcher(stub).check(url, domains);
		expect(result).toMatchObject({ outcome: 'blocked', reason: 'scheme_not_allowed' });
		expect(stub.calls('agency.gov')).toBe(0);
		expect(server.total()).toBe(0);
	});

	it.each([
		['https://user:pass@agency.gov/', 'credentials'],
		['https://agency.gov:8443/', 'port_not_allowed'],
		['http://agency.gov:22/', 'port_not_allowed']
	])('S04/S05 %s → %s', async (url, reason) => {
		const stub = names();
		expect(await fetcher(stub).check(url, domains)).toMatchObject({ outcome: 'blocked', reason });
		expect(stub.calls('agency.gov')).toBe(0);
		expect(server.total()).toBe(0);
	});

	it.each([
		'127.0.0.1',
		'127.1',
		'0x7f.1',
		'2130706433',
		'017700000001',
		'0',
		'0.0.0.0',
		'10.0.0.1',
		'172.16.0.1',
		'192.168.1.1',
		'100.64.0.1',
		'169.254.169.254',
		'198.18.0.1',
		'240.0.0.1',
		'[::1]',
		'[0:0:0:0:0:0:0:1]',
		'[::ffff:127.0.0.1]',
		'[::ffff:7f00:1]',
		'[fd00::1]',
		'[fe80::1]',
		'[::]'
	])('S06 literal %s → destination_not_allowed, even with loopback allowed', async (host) => {
		const result = await fetcher().check(`http://${host}/`, domains);
		expect(result).toMatchObject({ outcome: 'blocked', reason: 'destination_not_allowed' });
		expect(server.total()).toBe(0);
	});
});

describe('names that resolve to forbidden addresses (loopback names allowed, port remapped)', () => {
	it('localhost through the system resolver is refused (nothing relaxed but the port)', async () => {
		const real = createFetcher({ portFor: () => server.port, connectTimeoutMs: 1000 });
		const result = await real.check('http://localhost/', domains);
		expect(result).toMatchObject({ outcome: 'blocked', reason: 'destination_not_allowed' });
		expect(server.total()).toBe(0);
	});

	it('S07 a name pointing at 10.0.0.5 is refused without opening a socket', async () => {
		const stub = names();
		const result = await fetcher(stub).check('http://intranet.agency.gov/', domains);
		expect(result).toMatchObject({ outcome: 'blocked', reason: 'destination_not_allowed' });
		expect(stub.calls('intranet.agency.gov')).toBe(1); // a socket would have looked it up again
		expect(server.total()).toBe(0);
	});

	it('S08 one private address among allowed ones refuses the whole name (not filtered)', async () => {
		const result = await fetcher().check('http://mixed.agency.gov/', domains);
		expect(result).toMatchObject({ outcome: 'blocked', reason: 'destination_not_allowed' });
		expect(server.total()).toBe(0); // filtering would have connected to 127.0.0.1, the test server
	});

	it('S09 DNS rebinding: public at admission, loopback at connect → no connection (loopback NOT allowed)', async () => {
		let n = 0;
		const stub = stubResolver({ 'agency.gov': () => (n++ === 0 ? [PUBLIC] : ['127.0.0.1']) });
		const check = createFetcher({
			lookup: stub.resolve,
			portFor: () => server.port,
			connectTimeoutMs: 500
		});
		const result = await check.check('http://agency.gov/', domains);
		expect(result).toMatchObject({ outcome: 'blocked', reason: 'destination_not_allowed' });
		expect(stub.calls('agency.gov')).toBe(2);
		expect(server.total()).toBe(0);
	});

	it('S10 NXDOMAIN, an empty answer or a resolver that never answers → unresolvable, nothing fetched', async () => {
		const f = fetcher();
		expect(await f.check('http://nowhere.agency.gov/', domains)).toMatchObject({
			outcome: 'unresolvable'
		});
		expect(await f.check('http://empty.agency.gov/', domains)).toMatchObject({
			outcome: 'unresolvable'
		});
		const hanging = fetcher(
			{ resolve: () => new Promise(() => {}), calls: () => 0 },
			{ connectTimeoutMs: 200 }
		);
		const t0 = Date.now();
		expect(await hanging.check('http://agency.gov/', domains)).toMatchObject({
			outcome: 'unresolvable'
		});
		expect(Date.now() - t0).toBeLessThan(1000);
		expect(server.total()).toBe(0);
	});
});

describe('redirects (loopback names allowed, port remapped)', () => {
	it.each([
		'http://127.0.0.1:PORT/secret',
		'http://127.0.0.1/secret',
		'http://[::1]:PORT/secret',
		'http://2130706433/secret'
	])('S11 a redirect to %s is refused at the hop', async (location) => {
		server.route('/start', redirect(location.replace('PORT', String(server.port))));
		const result = await fetcher().check('http://agency.gov/start', domains);
		expect(result).toMatchObject({ outcome: 'blocked', reason: 'destination_not_allowed' });
		expect(server.hits('/start')).toBe(1);
		expect(server.hits('/secret')).toBe(0);
	});

	it('S12 five redirects are followed; the sixth is too many', async () => {
		for (let i = 0; i < 6; i++) server.route(`/c${i}`, redirect(`/c${i + 1}`));
		server.route('/c6', (_, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'));
		const five = await fetcher().check('http://agency.gov/c1', domains);
		expect(five).toMatchObject({ outcome: 'live_redirected', finalUrl: 'http://agency.gov/c6' });
		expect(five.hops).toHaveLength(6);
		server.reset();
		for (let i = 0; i < 6; i++) server.route(`/c${i}`, redirect(`/c${i + 1}`));
		const six = await fetcher().check('http://agency.gov/c0', domains);
		expect(six).toMatchObject({ outcome: 'too_many_redirects', reason: 'limit' });
		expect(server.hits('/c6')).toBe(0);
	});

	it('S12 a loop A → B → A ends', async () => {
		server.route('/a', redirect('/b'));
		server.route('/b', redirect('/a'));
		const result = await fetcher().check('http://agency.gov/a', domains);
		expect(result).toMatchObject({ outcome: 'too_many_redirects', reason: 'loop' });
		expect([server.hits('/a'), server.hits('/b')]).toEqual([1, 1]);
	});

	it('S13 a redirect off the domain → redirects_off_domain, the other host never contacted', async () => {
		const stub = names();
		server.route('/old', redirect('https://evil.com/', 301));
		const result = await fetcher(stub).check('http://agency.gov/old', domains);
		expect(result).toMatchObject({
			outcome: 'redirects_off_domain',
			status: 301,
			finalUrl: 'https://evil.com/'
		});
		expect(stub.calls('evil.com')).toBe(0);
		expect(server.requests.every((r) => r.host === 'agency.gov')).toBe(true);
	});

	it('S14 a redirect to file: is refused', async () => {
		server.route('/f', redirect('file:///etc/passwd'));
		const result = await fetcher().check('http://agency.gov/f', domains);
		expect(result).toMatchObject({ outcome: 'blocked', reason: 'scheme_not_allowed' });
	});

	it('a redirect to another host of the domain is live_redirected with the final URL', async () => {
		server.route('/x', redirect('http://www.agency.gov/y', 301));
		server.route('/y', (_, res) =>
			res.writeHead(200, { 'content-type': 'text/html' }).end(html('หน้าใหม่'))
		);
		const result = await fetcher().check('http://agency.gov/x', domains);
		expect(result).toMatchObject({
			outcome: 'live_redirected',
			finalUrl: 'http://www.agency.gov/y',
			hops: ['http://agency.gov/x', 'http://www.agency.gov/y'],
			title: 'หน้าใหม่'
		});
	});
});

describe('time and size limits (loopback names allowed, port remapped)', () => {
	it('S15 a server that accepts and never answers: read timeout', async () => {
		const silent: Server = createServer(() => {});
		await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
		const port = (silent.address() as AddressInfo).port;
		const t0 = Date.now();
		const result = await fetcher(names(), { portFor: () => port, readTimeoutMs: 300 }).check(
			'http://agency.gov/',
			domains
		);
		expect(result).toMatchObject({ outcome: 'unreachable', reason: 'timeout' }); // not the 3 s deadline
		expect(Date.now() - t0).toBeLessThan(2000); // undici times headers on a 1-second clock
		silent.close();
	});

	it('S15 a body dripping a byte every 100 ms: the overall deadline still ends it', async () => {
		server.route('/drip', (req, res) => {
			res.writeHead(200, { 'content-type': 'text/html' });
			if (req.method === 'HEAD') return void res.end();
			const timer = setInterval(() => res.write('a'), 100);
			res.on('close', () => clearInterval(timer));
		});
		const t0 = Date.now();
		const result = await fetcher(names(), { readTimeoutMs: 500, deadlineMs: 800 }).check(
			'http://agency.gov/drip',
			domains
		);
		expect(result).toMatchObject({ outcome: 'unreachable', reason: 'deadline' });
		expect(Date.now() - t0).toBeLessThan(1300);
	});

	it('S15 a status line and headers dripping a byte every 100 ms: the deadline ends it', async () => {
		const dripping: Server = createServer((socket) => {
			const text = 'HTTP/1.1 200 OK\r\nX-Slow: ' + 'a'.repeat(1000);
			let i = 0;
			const timer = setInterval(() => socket.write(text[i++ % text.length]), 100);
			socket.on('close', () => clearInterval(timer));
			socket.on('error', () => clearInterval(timer));
		});
		await new Promise<void>((r) => dripping.listen(0, '127.0.0.1', r));
		const port = (dripping.address() as AddressInfo).port;
		const t0 = Date.now();
		const result = await fetcher(names(), {
			portFor: () => port,
			readTimeoutMs: 5000,
			deadlineMs: 800
		}).check('http://agency.gov/', domains);
		expect(result).toMatchObject({ outcome: 'unreachable', reason: 'deadline' });
		expect(Date.now() - t0).toBeLessThan(1300);
		dripping.close();
	});

	it('S15 connection refused → unreachable', async () => {
		const closed: Server = createServer();
		await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
		const port = (closed.address() as AddressInfo).port;
		await new Promise((r) => closed.close(r));
		const result = await fetcher(names(), { portFor: () => port }).check(
			'http://agency.gov/',
			domains
		);
		expect(result).toMatchObject({ outcome: 'unreachable', reason: 'refused' });
	});

	it.each([
		['a 50 MB body', { 'content-length': String(50_000_000) }, 50_000_000],
		['an endless chunked body', {}, Infinity],
		['Content-Length 10,000,000,000', { 'content-length': '10000000000' }, 8_000_000]
	])('S16 %s: at most 1 MB is read', async (_, headers, size) => {
		server.route('/big', (_req, res) => {
			res.writeHead(200, { 'content-type': 'text/html', ...headers });
			stream(res, size, server.sent);
		});
		// RSS moves with garbage collection, so the smallest growth of three checks is compared:
		// a reader that took the whole body would grow by ≥ 50 MB every time.
		const growths: number[] = [];
		for (let run = 0; run < 3; run++) {
			server.sent.bytes = 0;
			const before = process.memoryUsage().rss;
			const result = await fetcher().check('http://agency.gov/big', domains);
			growths.push(process.memoryUsage().rss - before);
			expect(result.outcome).toBe('live');
			expect(result.text!.length).toBeLessThanOrEqual(200_000);
			expect(server.sent.bytes).toBeLessThan(10_000_000); // the reader stopped; the kernel buffers the rest
		}
		expect(Math.min(...growths)).toBeLessThan(5_000_000);
	});

	it('S16 a PDF declaring 10 GB is not read at all', async () => {
		server.route('/huge.pdf', (_req, res) => {
			res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': '10000000000' });
			stream(res, 8_000_000, server.sent);
		});
		const result = await fetcher().check('http://agency.gov/huge.pdf', domains);
		expect(result).toMatchObject({ outcome: 'live', pdf: 'not_read' });
		expect(server.sent.bytes).toBeLessThan(10_000_000);
	});
});

describe('requests sent (loopback names allowed, port remapped)', () => {
	it.each([405, 501])('S17 headFirst: HEAD answered %s → the same URL by GET', async (status) => {
		server.route('/nohead', (req, res) => {
			if (req.method === 'HEAD') return void res.writeHead(status).end();
			res.writeHead(200, { 'content-type': 'text/html' }).end(html('ok'));
		});
		const result = await fetcher(names(), { headFirst: true }).check(
			'http://agency.gov/nohead',
			domains
		);
		expect(result).toMatchObject({ outcome: 'live', title: 'ok' });
		expect(server.requests.map((r) => r.method)).toEqual(['HEAD', 'GET']);
	});

	it('headFirst: HEAD 200, then a GET only for pages and PDFs', async () => {
		server.route('/page', (_req, res) =>
			res.writeHead(200, { 'content-type': 'text/html' }).end(html('หน้า'))
		);
		server.route('/photo.jpg', (_req, res) =>
			res.writeHead(200, { 'content-type': 'image/jpeg' }).end('x')
		);
		const f = fetcher(names(), { headFirst: true });
		expect(await f.check('http://agency.gov/page', domains)).toMatchObject({
			outcome: 'live',
			title: 'หน้า'
		});
		expect(await f.check('http://agency.gov/photo.jpg', domains)).toMatchObject({
			outcome: 'live'
		});
		expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'HEAD /page',
			'GET /page',
			'HEAD /photo.jpg'
		]);
		const statusOnly = await fetcher(names(), { readBodies: false }).check(
			'http://agency.gov/page',
			domains
		);
		expect(statusOnly.title).toBeUndefined();
		expect(server.requests.at(-1)?.method).toBe('HEAD');
	});

	it('by default one GET reads the page, and other files are left unread', async () => {
		server.route('/page', (_req, res) =>
			res.writeHead(200, { 'content-type': 'text/html' }).end(html('หน้า'))
		);
		server.route('/files.zip', (_req, res) => {
			res.writeHead(200, { 'content-type': 'application/zip' });
			stream(res, 8_000_000, server.sent);
		});
		const f = fetcher();
		expect(await f.check('http://agency.gov/page', domains)).toMatchObject({
			outcome: 'live',
			title: 'หน้า'
		});
		const zip = await f.check('http://agency.gov/files.zip', domains);
		expect(zip).toMatchObject({ outcome: 'live', contentType: 'application/zip' });
		expect(zip.text).toBeUndefined();
		expect(server.requests.map((r) => r.method)).toEqual(['GET', 'GET']);
		expect(server.sent.bytes).toBeLessThan(8_000_000);
	});

	it('S18 no cookies or credentials, a fixed User-Agent, the same headers on every host', async () => {
		server.route('/h1', (_req, res) =>
			res
				.writeHead(302, { location: 'http://www.agency.gov/h2', 'set-cookie': 'sid=1; Path=/' })
				.end()
		);
		server.route('/h2', (_req, res) => res.writeHead(200, { 'set-cookie': 'sid=2' }).end());
		await fetcher().check('http://agency.gov/h1', domains);
		await fetcher().check('http://agency.gov/h1', domains);
		expect(server.requests.length).toBeGreaterThanOrEqual(4);
		const keys = (h: object) => Object.keys(h).sort().join(',');
		for (const r of server.requests) {
			expect(r.headers.cookie).toBeUndefined();
			expect(r.headers.authorization).toBeUndefined();
			expect(r.headers.referer).toBeUndefined();
			expect(r.headers['user-agent']).toBe(USER_AGENT);
			expect(keys(r.headers)).toBe(keys(server.requests[0].headers));
		}
		expect(new Set(server.requests.map((r) => r.host))).toEqual(
			new Set(['agency.gov', 'www.agency.gov'])
		);
		expect(USER_AGENT).toMatch(/^ITA-Readiness-LinkCheck\/1\.0 \(/);
	});
});

describe('S19 outcomes (loopback names allowed, port remapped)', () => {
	it.each([
		[200, 'live'],
		[404, 'dead'],
		[410, 'dead'],
		[401, 'restricted'],
		[403, 'restricted'],
		[429, 'retry_later'],
		[500, 'retry_later'],
		[503, 'retry_later']
	])('%s → %s', async (status, outcome) => {
		server.route('/s', (_req, res) =>
			res.writeHead(status, { 'content-type': 'text/html' }).end(html(`s${status}`))
		);
		const result = await fetcher().check('http://agency.gov/s', domains);
		expect(result).toMatchObject({ outcome, status, finalUrl: 'http://agency.gov/s' });
	});

	it('301 → 200 is live_redirected; a redirect to a sign-in page is restricted', async () => {
		server.route('/moved', redirect('/here', 301));
		server.route('/here', (_req, res) =>
			res.writeHead(200, { 'content-type': 'text/html' }).end(html('ที่นี่'))
		);
		server.route('/private', redirect('/user/login?next=/private'));
		server.route('/user/login', (_req, res) =>
			res.writeHead(200, { 'content-type': 'text/html' }).end(html('Login'))
		);
		const f = fetcher();
		expect(await f.check('http://agency.gov/moved', domains)).toMatchObject({
			outcome: 'live_redirected',
			finalUrl: 'http://agency.gov/here'
		});
		expect(await f.check('http://agency.gov/private', domains)).toMatchObject({
			outcome: 'restricted',
			reason: 'login_wall'
		});
	});

	it('a page showing last year: yearShown on the result says 2566, not 2567', async () => {
		server.route('/plan', (_req, res) =>
			res
				.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
				.end(html('แผนการจัดซื้อจัดจ้าง', '<p>ประจำปีงบประมาณ พ.ศ. ๒๕๖๖</p>'))
		);
		const result = await fetcher().check('http://agency.gov/plan', domains);
		expect(
			yearShown({ url: result.finalUrl, title: result.title, text: result.text }, 2567)
		).toEqual({
			found: false,
			otherYears: [2566]
		});
	});

	it('reads the title and text of a Thai page in windows-874', async () => {
		const body = Buffer.concat([
			Buffer.from('<html><head><title>'),
			Buffer.from([0xbb, 0xd5, 0x20, 0x32, 0x35, 0x36, 0x37]), // ปี 2567
			Buffer.from('</title></head><body>x</body></html>')
		]);
		server.route('/tis', (_req, res) =>
			res.writeHead(200, { 'content-type': 'text/html; charset=windows-874' }).end(body)
		);
		const result = await fetcher().check('http://agency.gov/tis', domains);
		expect(result).toMatchObject({ outcome: 'live', title: 'ปี 2567', text: 'x' });
	});
});

describe('PDF bodies (loopback names allowed, port remapped)', () => {
	const serve =
		(type: string, body: Buffer) => (_req: unknown, res: import('node:http').ServerResponse) =>
			res.writeHead(200, { 'content-type': type, 'content-length': String(body.length) }).end(body);

	it('reads the text layer, also of a PDF sent as application/octet-stream', async () => {
		server.route('/plan.pdf', serve('application/pdf', tinyPdf('Budget plan 2567')));
		server.route('/download', serve('application/octet-stream', tinyPdf('Report 2566')));
		const f = fetcher();
		expect(await f.check('http://agency.gov/plan.pdf', domains)).toMatchObject({
			outcome: 'live',
			contentType: 'application/pdf',
			pdf: 'text',
			text: 'Budget plan 2567'
		});
		expect(await f.check('http://agency.gov/download', domains)).toMatchObject({
			pdf: 'text',
			text: 'Report 2566'
		});
	});

	it('a scan without text is no_text_layer; a PDF longer than the cap is not_read', async () => {
		server.route('/scan.pdf', serve('application/pdf', tinyPdf(null)));
		server.route('/long.pdf', (_req, res) => {
			res.writeHead(200, { 'content-type': 'application/pdf' });
			res.end(tinyPdf('Budget plan 2567'));
		});
		expect(await fetcher().check('http://agency.gov/scan.pdf', domains)).toMatchObject({
			pdf: 'no_text_layer'
		});
		const capped = await fetcher(names(), { maxBytes: 200 }).check(
			'http://agency.gov/long.pdf',
			domains
		);
		expect(capped).toMatchObject({ outcome: 'live', pdf: 'not_read' });
		expect(capped.text).toBeUndefined();
	});
});
