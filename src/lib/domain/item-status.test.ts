import { describe, it, expect } from 'vitest';
import { itemStatusOf } from './item-status';
import type { ItemStatus } from './status';

const parts = (...s: ItemStatus[]) => s.map((status) => ({ status }));

describe('itemStatusOf', () => {
	it.each([
		[[], 'not_started'],
		[['not_started', 'not_started'], 'not_started'],
		[['approved', 'approved'], 'approved'],
		[['approved', 'submitted'], 'submitted'],
		[['approved', 'draft'], 'draft'],
		[['approved', 'not_started'], 'draft'],
		[['submitted', 'changes_requested'], 'changes_requested'],
		[['submitted', 'not_started'], 'draft']
	] as [ItemStatus[], ItemStatus][])('%j → %s', (statuses, expected) => {
		expect(itemStatusOf(parts(...statuses))).toBe(expected);
	});
});
