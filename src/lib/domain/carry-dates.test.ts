import { describe, it, expect } from 'vitest';
import { carryDueDate, carryMonthDues } from './carry-dates';
import { defaultCalendar } from './cycle-calendar';

const from = defaultCalendar(2565);
const to = defaultCalendar(2566);

describe('carried due dates', () => {
	it('keep their distance from the internal deadline', () => {
		expect(from.internalDeadline).toBe('2022-02-15');
		expect(to.internalDeadline).toBe('2023-02-15');
		expect(carryDueDate('2022-02-01', from, to)).toBe('2023-02-01');
		expect(carryDueDate('2022-04-14', from, to)).toBe('2023-04-14');
	});

	it('follow a round whose deadline moved', () => {
		const early = { ...from, internalDeadline: '2022-02-01' };
		expect(carryDueDate('2022-02-01', early, to)).toBe('2023-02-15');
	});

	it('never land after the OIT window closes', () => {
		expect(carryDueDate('2022-06-30', from, to)).toBe(to.oitCloses);
	});

	it('move month due dates by a year, default the months that are new', () => {
		const dues = carryMonthDues(
			{ '2021-10': '2021-11-10', '2022-02': '2022-02-28' },
			{ '2022-10': '2022-11-15', '2023-02': '2023-03-15', '2023-03': '2023-04-14' },
			1,
			to.oitCloses
		);
		expect(dues).toEqual({
			'2022-10': '2022-11-10',
			'2023-02': '2023-02-28',
			'2023-03': '2023-04-14'
		});
	});
});
