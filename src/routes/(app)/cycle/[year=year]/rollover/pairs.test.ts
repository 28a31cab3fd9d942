import { describe, it, expect } from 'vitest';
import { pairsFromForm } from './pairs';

describe('the mapping form', () => {
	it('reads one or two old items per new item, none when empty, each once', () => {
		const pairs = pairsFromForm({
			to: 'copy',
			'from.o1': 'o1',
			'from.o2': ['o3', 'o4'],
			'from.o3': ['', ''],
			'from.o4': ['o5', 'o5']
		});
		expect(pairs).toEqual([
			['o1', 'o1'],
			['o3', 'o2'],
			['o4', 'o2'],
			['o5', 'o4']
		]);
	});
});
