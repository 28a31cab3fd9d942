import { describe, expect, it } from 'vitest';
import { crossedTarget, dueBucket, remindsToday } from './reminders';

describe('reminders', () => {
	it.each([
		['2026-12-08', 'due7', true],
		['2026-12-07', null, false],
		['2026-12-02', 'due1', true],
		['2026-12-01', null, false],
		['2026-11-30', 'overdue', true],
		['2026-11-29', 'overdue', false],
		['2026-11-23', 'overdue', true],
		['2026-11-24', 'overdue', false]
	] as const)('due %s, today 2026-12-01: %s, reminds %s', (due, bucket, reminds) => {
		expect.assertions(2);
		expect(dueBucket(due, '2026-12-01')).toBe(bucket);
		expect(remindsToday(due, '2026-12-01')).toBe(reminds);
	});

	it.each([
		[null, 85, 85, true],
		[84.99, 85, 85, true],
		[85, 90, 85, false],
		[80, 84.99, 85, false]
	] as const)('crossedTarget(%s, %s, %s) is %s', (previous, latest, target, crossed) => {
		expect(crossedTarget(previous, latest, target)).toBe(crossed);
	});
});
