import { describe, expect, it } from 'vitest';
import { flaggedHost, onDomain } from './domains';

const domains = ['agency.gov'];

describe('onDomain', () => {
	it.each([
		'https://agency.gov/a',
		'https://www.agency.gov/a',
		'https://AGENCY.GOV/a',
		'http://a.b.agency.gov/'
	])('S02 %s is on the domain', (url) => {
		expect(onDomain(url, domains)).toBe(true);
	});

	it.each([
		['https://agency.gov.evil.com/', 'agency.gov.evil.com'],
		['https://evilagency.gov/', 'evilagency.gov'],
		['https://agency.gov@evil.com/', 'evil.com'],
		['https://evil.com\\@agency.gov/', 'evil.com'],
		['https://аgency.gov/', 'xn--gency-3ve.gov']
	])('S03 %s is off the domain (parsed host %s)', (url, host) => {
		expect(new URL(url).hostname).toBe(host);
		expect(onDomain(url, domains)).toBe(false);
	});

	it('S04 one trailing dot is dropped on both sides', () => {
		expect(onDomain('https://agency.gov./', domains)).toBe(true);
		expect(onDomain('https://www.agency.gov./', ['agency.gov.'])).toBe(true);
		expect(onDomain('https://agency.gov/', ['AGENCY.GOV.'])).toBe(true);
		expect(onDomain('https://agency.gov../', domains)).toBe(false);
	});

	it('compares Thai domains in their ASCII (punycode) form', () => {
		const ascii = new URL('https://ตัวอย่าง.com/').hostname;
		expect(ascii).toMatch(/^xn--/);
		expect(onDomain('https://ตัวอย่าง.com/x', ['ตัวอย่าง.com'])).toBe(true);
		expect(onDomain(`https://www.${ascii}/x`, ['ตัวอย่าง.com'])).toBe(true);
		expect(onDomain('https://ตัวอย่าง.com/x', [ascii])).toBe(true);
	});

	it('no domains, a bad URL or a blank domain never match', () => {
		expect(onDomain('https://agency.gov/', [])).toBe(false);
		expect(onDomain('not a url', domains)).toBe(false);
		expect(onDomain('https://agency.gov/', [' '])).toBe(false);
	});
});

describe('flaggedHost', () => {
	it.each([
		['drive.google.com', 'google_drive'],
		['docs.google.com', 'google_drive'],
		['sites.google.com', 'google_drive'],
		['facebook.com', 'facebook'],
		['m.facebook.com', 'facebook'],
		['WWW.FACEBOOK.COM.', 'facebook'],
		['fb.com', 'facebook'],
		['fb.watch', 'facebook'],
		['bit.ly', 'shortener'],
		['tinyurl.com', 'shortener'],
		['goo.gl', 'shortener'],
		['t.co', 'shortener'],
		['ow.ly', 'shortener'],
		['is.gd', 'shortener'],
		['cutt.ly', 'shortener'],
		['shorturl.at', 'shortener'],
		['rebrand.ly', 'shortener'],
		['s.id', 'shortener'],
		['agency.gov', null],
		['google.com', null],
		['notfacebook.com', null],
		['bit.ly.agency.gov', null],
		['', null]
	])('%s → %s', (host, kind) => {
		expect(flaggedHost(host)).toBe(kind);
	});
});
