import { describe, expect, it } from 'vitest';
import { addressAllowed, admit } from './guard';

const reason = (url: string) => {
	const a = admit(url);
	return a.ok ? 'ok' : a.reason;
};

describe('admit', () => {
	it.each([
		'ftp://agency.gov/x',
		'file:///etc/passwd',
		'gopher://agency.gov',
		'data:,x',
		'javascript:x',
		'JaVaScRiPt:x',
		'ws://agency.gov'
	])('S01 %s → scheme_not_allowed', (url) => {
		expect(reason(url)).toBe('scheme_not_allowed');
	});

	it('S04 user name or password → credentials', () => {
		expect(reason('https://user:pass@agency.gov/')).toBe('credentials');
		expect(reason('https://agency.gov@evil.com/')).toBe('credentials');
	});

	it.each(['https://agency.gov:8443/', 'http://agency.gov:22/', 'http://agency.gov:8080/'])(
		'S05 %s → port_not_allowed',
		(url) => {
			expect(reason(url)).toBe('port_not_allowed');
		}
	);

	it.each([
		'https://agency.gov/',
		'http://agency.gov:80/',
		'https://agency.gov:443/',
		'http://93.184.216.34/'
	])('%s is admitted', (url) => {
		expect(reason(url)).toBe('ok');
	});

	it.each([
		'127.0.0.1',
		'127.1',
		'0x7f.1',
		'2130706433',
		'017700000001',
		'0177.0.0.1',
		'0',
		'0.0.0.0',
		'10.0.0.1',
		'172.16.0.1',
		'192.168.1.1',
		'100.64.0.1',
		'169.254.169.254',
		'198.18.0.1',
		'240.0.0.1',
		'255.255.255.255',
		'224.0.0.1',
		'[::1]',
		'[0:0:0:0:0:0:0:1]',
		'[::ffff:127.0.0.1]',
		'[::ffff:7f00:1]',
		'[::ffff:a00:1]',
		'[::127.0.0.1]',
		'[::a00:1]',
		'[::ffff:0:7f00:1]',
		'[64:ff9b:1::7f00:1]',
		'[fec0::1]',
		'[64:ff9b::7f00:1]',
		'[64:ff9b::169.254.169.254]',
		'[2002:7f00:1::]',
		'[2001::1]',
		'[fd00::1]',
		'[fe80::1]',
		'[ff02::1]',
		'[::]'
	])('S06 literal %s → destination_not_allowed', (host) => {
		expect(reason(`http://${host}/`)).toBe('destination_not_allowed');
	});

	it('names the literal destination before its port', () => {
		expect(reason('http://127.0.0.1:8080/secret')).toBe('destination_not_allowed');
	});

	it('text that is not a URL → invalid_url', () => {
		expect(reason('not a url')).toBe('invalid_url');
	});
});

describe('addressAllowed', () => {
	it.each([
		['93.184.216.34', true],
		['2606:4700::1111', true],
		['::ffff:93.184.216.34', true],
		['64:ff9b::93.184.216.34', true],
		['203.0.113.10', false],
		['2001:db8::1', false],
		['198.19.255.255', false],
		['not an ip', false]
	])('%s → %s', (ip, allowed) => {
		expect(addressAllowed(ip)).toBe(allowed);
	});

	it('allowLoopback admits 127.0.0.0/8 and ::1 and nothing else private', () => {
		expect(addressAllowed('127.0.0.1', true)).toBe(true);
		expect(addressAllowed('127.8.9.10', true)).toBe(true);
		expect(addressAllowed('::1', true)).toBe(true);
		expect(addressAllowed('::ffff:127.0.0.1', true)).toBe(true);
		for (const ip of ['10.0.0.5', '169.254.169.254', '0.0.0.0', 'fd00::1', '192.168.1.1']) {
			expect(addressAllowed(ip, true)).toBe(false);
		}
		expect(addressAllowed('127.0.0.1')).toBe(false);
	});
});
