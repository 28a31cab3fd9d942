/**
 * https → http downgrades against a local https server (self-signed for agency.gov, trusted
 * through the test-only `ca` option), with loopback names allowed and ports remapped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from './fetcher';
import { startTestServer, stubResolver, type TestServer } from './test-server';

function selfSigned(): { key: string; cert: string } | null {
	const dir = mkdtempSync(join(tmpdir(), 'linkcheck-tls-'));
	try {
		execFileSync(
			'openssl',
			[
				'req',
				'-x509',
				'-newkey',
				'ec',
				'-pkeyopt',
				'ec_paramgen_curve:prime256v1',
				'-nodes',
				'-keyout',
				join(dir, 'key.pem'),
				'-out',
				join(dir, 'cert.pem'),
				'-days',
				'1',
				'-subj',
				'/CN=agency.gov',
				'-addext',
				'subjectAltName=DNS:agency.gov,DNS:www.agency.gov'
			],
			{ stdio: 'ignore' }
		);
		return {
			key: readFileSync(join(dir, 'key.pem'), 'utf8'),
			cert: readFileSync(join(dir, 'cert.pem'), 'utf8')
		};
	} catch {
		return null;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const pair = selfSigned();
let plain: TestServer;
let secure: Server;
const secureHits: string[] = [];

beforeAll(async () => {
	plain = await startTestServer();
	if (!pair) return;
	secure = createServer(pair, (req, res) => {
		secureHits.push(req.url ?? '');
		if (req.url === '/down')
			return void res.writeHead(302, { location: 'http://agency.gov/page' }).end();
		if (req.url === '/up')
			return void res.writeHead(302, { location: 'https://www.agency.gov/ok' }).end();
		res.writeHead(200, { 'content-type': 'text/html' }).end('<title>TLS</title>');
	});
	await new Promise<void>((r) => secure.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
	await plain.close();
	secure?.closeAllConnections();
	secure?.close();
});

function fetcher() {
	const stub = stubResolver({ 'agency.gov': ['127.0.0.1'], 'www.agency.gov': ['127.0.0.1'] });
	return createFetcher({
		allowLoopback: true,
		ca: pair?.cert,
		portFor: (protocol) =>
			protocol === 'https:' ? (secure.address() as AddressInfo).port : plain.port,
		lookup: stub.resolve,
		connectTimeoutMs: 1000,
		readTimeoutMs: 1000
	});
}

describe.skipIf(!pair)('https (needs openssl for the test certificate)', () => {
	it('S14 https → http on the same host is insecure_redirect; the http address is never fetched', async () => {
		const result = await fetcher().check('https://agency.gov/down', ['agency.gov']);
		expect(result).toMatchObject({
			outcome: 'insecure_redirect',
			status: 302,
			finalUrl: 'http://agency.gov/page'
		});
		expect(plain.total()).toBe(0);
	});

	it('https → https on the domain is followed and read', async () => {
		const result = await fetcher().check('https://agency.gov/up', ['agency.gov']);
		expect(result).toMatchObject({
			outcome: 'live_redirected',
			finalUrl: 'https://www.agency.gov/ok',
			title: 'TLS'
		});
	});

	it('a certificate nobody vouches for is unreachable (tls), not live', async () => {
		const untrusting = createFetcher({
			allowLoopback: true,
			portFor: () => (secure.address() as AddressInfo).port,
			lookup: stubResolver({ 'agency.gov': ['127.0.0.1'] }).resolve
		});
		expect(await untrusting.check('https://agency.gov/x', ['agency.gov'])).toMatchObject({
			outcome: 'unreachable',
			reason: 'tls'
		});
	});
});
