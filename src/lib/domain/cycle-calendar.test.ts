import { describe, it, expect } from 'vitest';
import { defaultCalendar, itemDueDefaults } from './cycle-calendar';

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

describe('itemDueDefaults', () => {
	const cycle = { fiscalYear: 2565, ...defaultCalendar(2565) };
	it('puts standing, current and previous items at the internal deadline', () => {
		for (const periodRule of ['standing', 'current', 'previous'] as const) {
			expect(itemDueDefaults(cycle, { periodRule })).toEqual({
				dueDate: '2022-02-15',
				monthDues: {}
			});
		}
	});
	it('gives o23 one due date per month of the first half', () => {
		const d = itemDueDefaults(cycle, { periodRule: 'monthly:10-3' });
		expect(d.dueDate).toBe('2022-04-14');
		expect(Object.keys(d.monthDues)).toEqual([
			'2021-10',
			'2021-11',
			'2021-12',
			'2022-01',
			'2022-02',
			'2022-03'
		]);
		expect(d.monthDues['2021-10']).toBe('2021-11-15');
	});
});
