import { describe, it, expect } from 'vitest';
import { safeRedirect } from './safe-redirect';

describe('safeRedirect (W12)', () => {
	it.each([
		'https://evil.com',
		'//evil.com',
		'/\\evil.com',
		'\\\\evil.com',
		decodeURIComponent('%2F%2Fevil.com'),
		'https:evil.com',
		'javascript:alert(1)',
		decodeURIComponent('%09/evil.com'),
		'/\t/evil.com',
		'',
		null
	])('sends %j home', (value) => {
		expect(safeRedirect(value)).toBe('/');
	});

	it('keeps a path on this site with its query', () => {
		expect(safeRedirect('/dashboard?tab=2')).toBe('/dashboard?tab=2');
		expect(safeRedirect('/catalog/2565')).toBe('/catalog/2565');
	});
});
