import { describe, it, expect } from 'vitest';
import {
	bandOf,
	GRADE_SCHEME,
	ratingScheme,
	reaches,
	schemeForYear,
	scoringSchemeSchema,
	unverifiedParts
} from './scheme';

const tools = (ita: number, iit = ita, eit = ita, oit = ita) => ({ ita, iit, eit, oit });

describe('grades AA–F (FY ≤ 2565)', () => {
	it.each([
		[100, 'AA'],
		[95, 'AA'],
		[94.99, 'A'],
		[85, 'A'],
		[84.99, 'B'],
		[75, 'B'],
		[74.99, 'C'],
		[65, 'C'],
		[64.99, 'D'],
		[55, 'D'],
		[54.99, 'E'],
		[50, 'E'],
		[49.99, 'F'],
		[0, 'F']
	] as const)('%d → %s', (ita, grade) => expect(bandOf(GRADE_SCHEME, tools(ita)).code).toBe(grade));

	it('ignores the tools for grades', () => {
		expect(bandOf(GRADE_SCHEME, tools(90, 60, 100, 100)).code).toBe('A');
	});
});

describe('ratings (FY ≥ 2566)', () => {
	const scheme = ratingScheme('sub_indicator_means', false);
	it.each([
		[tools(98), 'excellent'],
		[tools(96, 96, 94.9, 97), 'good'],
		[tools(90), 'good'],
		// FY2568: 94.64 overall with EIT under 85 was rated ผ่าน
		[tools(94.64, 95, 80, 100), 'pass'],
		[tools(85, 85, 84.99, 86), 'pass'],
		[tools(84.99), 'improve'],
		[tools(70), 'improve'],
		[tools(69.99), 'urgent'],
		[tools(0), 'urgent']
	] as const)('%o → %s', (scores, code) => expect(bandOf(scheme, scores).code).toBe(code));

	it('decides on the published two decimals: 84.996 shows as 85.00 and passes', () => {
		expect(bandOf(scheme, tools(84.996, 84.996, 84.996, 84.996)).code).toBe('good');
		expect(bandOf(scheme, tools(84.994)).code).toBe('improve');
		expect(reaches(84.996, 85)).toBe(true);
		expect(reaches(84.994, 85)).toBe(false);
	});

	it('marks what no source confirms: the 95 band, the 70 boundary, the weights', () => {
		expect(unverifiedParts(scheme)).toEqual(['rollup', 'weights', 'bands']);
		expect(scheme.bands.filter((b) => !b.verified).map((b) => b.code)).toEqual([
			'excellent',
			'improve',
			'urgent'
		]);
		expect(unverifiedParts(GRADE_SCHEME)).toEqual([]);
	});
});

describe('scoringSchemeSchema', () => {
	it('accepts the shipped schemes', () => {
		expect(scoringSchemeSchema.parse(GRADE_SCHEME)).toEqual(GRADE_SCHEME);
		expect(() => scoringSchemeSchema.parse(ratingScheme('item_mean', false))).not.toThrow();
	});
	it('refuses weights that do not add up and bands that do not end at 0', () => {
		expect(() =>
			scoringSchemeSchema.parse({ ...GRADE_SCHEME, weights: { iit: 0.5, eit: 0.3, oit: 0.4 } })
		).toThrow();
		expect(() =>
			scoringSchemeSchema.parse({ ...GRADE_SCHEME, bands: GRADE_SCHEME.bands.slice(0, 3) })
		).toThrow();
	});
});

describe('schemeForYear', () => {
	it('turns grades into ratings from FY2566, keeping the roll-up, unverified', () => {
		const moved = schemeForYear(GRADE_SCHEME, 2566);
		expect(moved.kind).toBe('rating');
		expect(moved.rollup).toBe('sub_indicator_means');
		expect(moved.rollupVerified).toBe(false);
		expect(schemeForYear(GRADE_SCHEME, 2565)).toBe(GRADE_SCHEME);
	});
});
