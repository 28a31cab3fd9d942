import { describe, expect, it } from 'vitest';
import { matchProvince, PROVINCES } from './provinces';

describe('PROVINCES', () => {
	it('holds the 77 provinces once each, Bangkok included', () => {
		expect(PROVINCES).toHaveLength(77);
		expect(new Set(PROVINCES).size).toBe(77);
		expect(PROVINCES).toContain('กรุงเทพมหานคร');
		expect(PROVINCES).toContain('บึงกาฬ');
	});
});

describe('matchProvince', () => {
	it.each([
		['พะเยา', 'พะเยา'],
		[' จังหวัดพะเยา ', 'พะเยา'],
		['กรุงเทพฯ', 'กรุงเทพมหานคร'],
		['Phayao', null],
		['พะเยาา', null]
	])('%s → %s', (typed, expected) => {
		expect(matchProvince(typed)).toBe(expected);
	});
});
