import { describe, expect, it } from 'vitest';
import { hostOf } from './host';

describe('hostOf', () => {
	it.each([
		['pyo.go.th', 'pyo.go.th'],
		['https://www.pyo.go.th/', 'www.pyo.go.th'],
		['HTTP://Pyo.go.th/index.php?lang=th', 'pyo.go.th'],
		['pyo.go.th/news#top', 'pyo.go.th'],
		['https://pyo.go.th:8443/x', 'pyo.go.th'],
		['', '']
	])('%s → %s', (typed, expected) => {
		expect(hostOf(typed)).toBe(expected);
	});
});
