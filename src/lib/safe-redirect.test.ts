import { describe, it, expect } from 'vitest';
import { safeRedirect } from './safe-redirect';
import { CLASSIC_VECTORS, DOT_SEGMENT_VECTORS } from '../../tests/shared/redirect-vectors';

describe('safeRedirect (W12)', () => {
	it.each([...CLASSIC_VECTORS, ...DOT_SEGMENT_VECTORS, '', null, undefined])(
		'sends %j home',
		(value) => {
			expect(safeRedirect(value)).toBe('/');
		}
	);

	it.each([
		['/dashboard?tab=2', '/dashboard?tab=2'],
		['/catalog/2565', '/catalog/2565'],
		['/cycle/2565/items/o1#evidence', '/cycle/2565/items/o1#evidence'],
		['/a/../catalog', '/catalog'],
		['/%2e/catalog', '/catalog']
	])('keeps the path on this site %j → %j', (value, expected) => {
		expect(safeRedirect(value)).toBe(expected);
	});

	it('never returns a path a browser would read as another host', () => {
		for (const value of [...CLASSIC_VECTORS, ...DOT_SEGMENT_VECTORS]) {
			const out = safeRedirect(value);
			expect(new URL(out, 'https://app.example').origin).toBe('https://app.example');
			expect(out).not.toMatch(/^\/[/\\]/);
		}
	});
});
