import { describe, expect, it } from 'vitest';
import { nextHop } from './redirects';

const from = new URL('https://agency.gov/old');
const domains = ['agency.gov'];

describe('nextHop', () => {
	it('follows a relative redirect on the domain', () => {
		expect(nextHop(from, '/new#top', [from.href], domains, true)).toEqual({
			next: new URL('https://agency.gov/new')
		});
	});

	it('S13 leaving the domain → redirects_off_domain', () => {
		expect(nextHop(from, 'https://evil.com/', [from.href], domains, true)).toEqual({
			outcome: 'redirects_off_domain',
			target: 'https://evil.com/'
		});
	});

	it('a link that started off the domain may go anywhere public', () => {
		expect(nextHop(new URL('https://bit.ly/x'), 'https://evil.com/', [], domains, false)).toEqual({
			next: new URL('https://evil.com/')
		});
	});

	it('S14 https → http is insecure_redirect, even on the same host', () => {
		expect(nextHop(from, 'http://agency.gov/', [from.href], domains, true)).toEqual({
			outcome: 'insecure_redirect',
			target: 'http://agency.gov/'
		});
	});

	it('S14 file: is refused', () => {
		expect(nextHop(from, 'file:///etc/passwd', [from.href], domains, true)).toMatchObject({
			outcome: 'blocked',
			reason: 'scheme_not_allowed'
		});
	});

	it('S11 literal loopback targets are refused', () => {
		for (const loc of ['http://127.0.0.1:8080/secret', 'http://[::1]/', 'http://2130706433/']) {
			expect(nextHop(new URL('http://agency.gov/'), loc, [], domains, true)).toMatchObject({
				outcome: 'blocked',
				reason: 'destination_not_allowed'
			});
		}
	});

	it('S12 the sixth redirect is too many; a revisit is a loop', () => {
		const chain = ['/0', '/1', '/2', '/3', '/4'].map((p) => `https://agency.gov${p}`);
		expect(nextHop(from, '/5', chain, domains, true)).toHaveProperty('next');
		expect(nextHop(from, '/6', [...chain, 'https://agency.gov/5'], domains, true)).toMatchObject({
			outcome: 'too_many_redirects',
			reason: 'limit'
		});
		expect(nextHop(from, '/0', chain.slice(0, 2), domains, true)).toMatchObject({
			outcome: 'too_many_redirects',
			reason: 'loop'
		});
	});
});
