import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap-label';

describe('wrapLabel', () => {
	it('keeps a short name on one line', () => {
		expect(wrapLabel('กองคลัง', 24)).toEqual(['กองคลัง']);
	});

	it('breaks a long Thai name between words, no line longer than the limit', () => {
		const name = 'กองส่งเสริมคุณภาพชีวิตและสวัสดิการสังคมผู้สูงอายุและคนพิการ';
		const lines = wrapLabel(name, 20);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.every((l) => l.length <= 20)).toBe(true);
		expect(lines.join('')).toBe(name);
	});

	it('breaks English between words and cuts a word longer than the limit', () => {
		expect(wrapLabel('Division of Strategy and Budget', 12, 'en')).toEqual([
			'Division of',
			'Strategy and',
			'Budget'
		]);
		expect(wrapLabel('Supercalifragilistic', 8, 'en')).toEqual(['Supercal', 'ifragili', 'stic']);
	});
});
