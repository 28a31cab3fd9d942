import { describe, it, expect } from 'vitest';
import { linkVerdict, linksPass, type LinkCheck } from './link-verdict';

const check = (over: Partial<LinkCheck> = {}): LinkCheck => ({
	outcome: 'live',
	reason: null,
	http_status: 200,
	final_url: null,
	title: 'ประกาศ',
	on_domain: true,
	flagged_host: null,
	year_check: 'found',
	years_seen: [],
	checked_at: '2026-11-30T01:00:00Z',
	...over
});

describe('linkVerdict', () => {
	it('passes a live page on the website that shows the year', () => {
		expect(linkVerdict(check())).toEqual({ state: 'ok', reasons: [] });
	});

	it('is unchecked without a check', () => {
		expect(linkVerdict(null).state).toBe('unchecked');
	});

	it('fails what the assessors give 0: dead, login wall, off the website, flagged hosts, last year', () => {
		expect(linkVerdict(check({ outcome: 'dead', http_status: 404 })).reasons).toEqual(['dead']);
		expect(linkVerdict(check({ outcome: 'restricted' })).reasons).toEqual(['restricted']);
		expect(linkVerdict(check({ on_domain: false })).reasons).toEqual(['off_domain']);
		expect(linkVerdict(check({ on_domain: false, flagged_host: 'google_drive' })).reasons).toEqual([
			'google_drive'
		]);
		expect(linkVerdict(check({ year_check: 'other_year', years_seen: [2566] })).reasons).toEqual([
			'other_year'
		]);
		expect(linkVerdict(check({ outcome: 'redirects_off_domain' })).state).toBe('fail');
		expect(linkVerdict(check({ outcome: 'blocked' })).state).toBe('fail');
	});

	it('never fails an item because the check could not reach the site', () => {
		for (const outcome of ['unreachable', 'retry_later', 'unresolvable'] as const) {
			const v = linkVerdict(check({ outcome, year_check: 'not_applicable' }));
			expect(v).toEqual({ state: 'warn', reasons: [outcome] });
		}
	});

	it('names a certificate problem apart from a site that did not answer', () => {
		const v = linkVerdict(
			check({ outcome: 'unreachable', reason: 'tls', year_check: 'not_applicable' })
		);
		expect(v).toEqual({ state: 'warn', reasons: ['certificate'] });
	});

	it('asks for a look when the year cannot be read, without failing', () => {
		expect(linkVerdict(check({ year_check: 'no_text_layer' }))).toEqual({
			state: 'warn',
			reasons: ['no_text_layer']
		});
		expect(linkVerdict(check({ year_check: 'not_found' })).reasons).toEqual(['year_not_found']);
	});

	it('lets an accepted off-site URL pass where it lives, but not when it is dead', () => {
		expect(linkVerdict(check({ on_domain: false }), true).state).toBe('ok');
		expect(linkVerdict(check({ flagged_host: 'facebook', on_domain: false }), true).state).toBe(
			'ok'
		);
		expect(linkVerdict(check({ on_domain: false, outcome: 'dead' }), true).reasons).toEqual([
			'dead'
		]);
	});
});

describe('linksPass', () => {
	it('fails when any link fails, and passes unchecked and warned links', () => {
		expect(linksPass([linkVerdict(check()), linkVerdict(null)])).toBe(true);
		expect(linksPass([linkVerdict(check({ outcome: 'unreachable' }))])).toBe(true);
		expect(linksPass([linkVerdict(check()), linkVerdict(check({ outcome: 'dead' }))])).toBe(false);
	});
});
