import { describe, it, expect } from 'vitest';
import { RecheckLimit } from './recheck-limit';

describe('RecheckLimit', () => {
	it('refuses the 11th re-check in a minute, per person, and allows again after the window', () => {
		const limit = new RecheckLimit(10, 60_000);
		const start = 1_000_000;
		const answers = Array.from({ length: 100 }, (_, i) => limit.take('u1', start + i * 500));
		expect(answers.filter(Boolean)).toHaveLength(10);
		expect(answers.slice(0, 10).every(Boolean)).toBe(true);
		expect(answers[10]).toBe(false);
		expect(limit.take('u2', start + 1000)).toBe(true);
		expect(limit.take('u1', start + 60_001)).toBe(true);
	});
});
