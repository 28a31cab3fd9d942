import { describe, it, expect } from 'vitest';
import { itemChanges } from './edition-diff';
import { proposeMapping } from './item-mapping';
import { fy2565 } from '$lib/catalogs/fy2565';
import { fy2566 } from '$lib/catalogs/fy2566';
import { forYear } from '$lib/server/editions';

describe('changes between FY2565 and FY2566', () => {
	const changes = itemChanges(fy2565, fy2566, proposeMapping(fy2565, fy2566));
	const of = (from: string) => changes.find((c) => c.from.code === from)!;

	it('names an item whose name changed, not one renumbered under the same name', () => {
		expect(of('o25').nameChanged).toBe(true);
		expect(of('o12').nameChanged).toBe(false);
	});

	it('lists elements added and removed', () => {
		expect(of('o1').removed.length).toBe(
			fy2565.indicators[0].subIndicators[0].groups[0].items[0].elements.length
		);
		expect(of('o1').added).toEqual([]);
	});

	it('sees a changed period rule', () => {
		// FY2565 o10 (annual plan) is current, FY2566 o11 too; o11 (first half) → o12 first half.
		expect(of('o11').ruleChanged).toBe(false);
		expect(changes.some((c) => c.ruleChanged)).toBe(true);
	});

	it('does not count the year in an element as a change', () => {
		const next = forYear(fy2565, 2566);
		const moved = itemChanges(fy2565, next, proposeMapping(fy2565, next));
		expect(moved).toHaveLength(43);
		expect(moved.every((c) => !c.added.length && !c.removed.length && !c.ruleChanged)).toBe(true);
	});
});
