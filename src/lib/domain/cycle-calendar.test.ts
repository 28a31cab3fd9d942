import { describe, it, expect } from 'vitest';
import { defaultCalendar } from './cycle-calendar';

describe('defaultCalendar', () => {
	it('puts the FY2565 window at 1 Mar – 30 Apr 2022 and the deadline two weeks earlier', () => {
		expect(defaultCalendar(2565)).toEqual({
			oitOpens: '2022-03-01',
			oitCloses: '2022-04-30',
			internalDeadline: '2022-02-15'
		});
	});
	it('follows the fiscal year', () => {
		expect(defaultCalendar(2570).oitOpens).toBe('2027-03-01');
	});
});
