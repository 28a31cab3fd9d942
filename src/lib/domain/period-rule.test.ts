import { describe, it, expect } from 'vitest';
import {
	coversWithoutGap,
	evidenceAsks,
	isPeriodRule,
	periodProblem,
	ruleLabel,
	ruleMet,
	ruleWindow,
	slotsOf,
	type PeriodEvidence,
	type PeriodRule
} from './period-rule';

const ALL: PeriodRule[] = [
	'current',
	'previous',
	'first_half',
	'monthly:10-3',
	'quarterly:10-3',
	'plan',
	'made_this_year',
	'standing'
];

describe('isPeriodRule', () => {
	it.each(ALL)('accepts %s', (rule) => expect(isPeriodRule(rule)).toBe(true));
	it.each([
		'none',
		'monthly',
		'monthly:13-3',
		'monthly:0-3',
		'quarterly:10-2',
		'monthly:4-3x',
		'Current',
		'',
		42
	])('refuses %s', (text) => expect(isPeriodRule(text)).toBe(false));
});

describe('ruleWindow (FY2565)', () => {
	it.each([
		['current', { from: '2021-10-01', to: '2022-09-30' }],
		['previous', { from: '2020-10-01', to: '2021-09-30' }],
		['first_half', { from: '2021-10-01', to: '2022-03-31' }],
		['monthly:10-3', { from: '2021-10-01', to: '2022-03-31' }],
		['quarterly:10-6', { from: '2021-10-01', to: '2022-06-30' }],
		['plan', { from: '2021-10-01', to: '2022-09-30' }],
		['made_this_year', { from: '2021-10-01', to: '2022-09-30' }],
		['standing', null]
	] as const)('%s → %o', (rule, window) => expect(ruleWindow(rule, 2565)).toEqual(window));

	it('moves with the fiscal year', () => {
		expect(ruleWindow('previous', 2566)).toEqual({ from: '2021-10-01', to: '2022-09-30' });
		expect(ruleWindow('first_half', 2567)).toEqual({ from: '2023-10-01', to: '2024-03-31' });
	});
});

describe('slotsOf', () => {
	it('gives the six months of the first half, Oct to Mar, across the calendar year', () => {
		expect(slotsOf('monthly:10-3', 2565).map((s) => s.key)).toEqual([
			'2021-10',
			'2021-11',
			'2021-12',
			'2022-01',
			'2022-02',
			'2022-03'
		]);
	});
	it('gives quarters with their first and last day', () => {
		expect(slotsOf('quarterly:10-3', 2570)).toEqual([
			{ key: '2026-10', from: '2026-10-01', to: '2026-12-31' },
			{ key: '2027-01', from: '2027-01-01', to: '2027-03-31' }
		]);
	});
	it('ends February on its last day in a leap year', () => {
		expect(slotsOf('monthly:2-2', 2567)).toEqual([
			{ key: '2024-02', from: '2024-02-01', to: '2024-02-29' }
		]);
	});
	it('has no slots for span rules', () => {
		expect(slotsOf('first_half', 2565)).toEqual([]);
	});
});

describe('ruleLabel', () => {
	it.each([
		['current', 'th', 'ข้อมูลปี พ.ศ. 2565'],
		['previous', 'th', 'รายงานผลปี พ.ศ. 2564'],
		['first_half', 'th', 'ครอบคลุม 6 เดือนแรกของปีงบประมาณ พ.ศ. 2565 (ต.ค. 2564 – มี.ค. 2565)'],
		['monthly:10-3', 'th', 'รายเดือน ทุกเดือน ต.ค. 2564 – มี.ค. 2565'],
		['standing', 'th', 'ข้อมูลทั่วไป (ไม่มีรอบเวลา)'],
		['current', 'en', 'Data for fiscal year 2565 (B.E.)'],
		['quarterly:10-3', 'en', 'Every quarter, Oct 2564 BE – Mar 2565 BE'],
		['standing', 'en', 'Standing information (no period)']
	] as const)('%s in %s', (rule, lang, text) => expect(ruleLabel(rule, 2565, lang)).toBe(text));

	it('gives every rule a distinct label in each language', () => {
		for (const lang of ['th', 'en'] as const) {
			const labels = ALL.map((rule) => ruleLabel(rule, 2565, lang));
			expect(new Set(labels).size).toBe(ALL.length);
		}
	});
});

const span = (from: string, to: string): PeriodEvidence => ({
	declaration: false,
	slot: null,
	from,
	to
});
const slot = (key: string): PeriodEvidence => ({
	declaration: false,
	slot: key,
	from: null,
	to: null
});
const declaration: PeriodEvidence = { declaration: true, slot: null, from: null, to: null };

describe('ruleMet (FY2565)', () => {
	it.each([
		// current: any overlap with 2021-10-01 … 2022-09-30
		['current', [span('2021-10-01', '2022-09-30')], true],
		['current', [span('2022-01-01', '2022-01-31')], true],
		['current', [span('2021-01-01', '2021-10-01')], true],
		['current', [span('2020-10-01', '2021-09-30')], false],
		['current', [span('2022-10-01', '2023-09-30')], false],
		['current', [], false],
		// previous: overlap with 2020-10-01 … 2021-09-30
		['previous', [span('2020-10-01', '2021-09-30')], true],
		['previous', [span('2021-10-01', '2022-09-30')], false],
		// first_half: the whole of 2021-10-01 … 2022-03-31, without a gap
		['first_half', [span('2021-10-01', '2022-03-31')], true],
		['first_half', [span('2021-09-01', '2022-04-30')], true],
		['first_half', [span('2021-10-01', '2021-12-31'), span('2022-01-01', '2022-03-31')], true],
		['first_half', [span('2022-01-01', '2022-03-31'), span('2021-10-01', '2022-01-15')], true],
		['first_half', [span('2021-10-01', '2021-11-30'), span('2022-03-01', '2022-03-31')], false],
		['first_half', [span('2021-10-01', '2022-03-30')], false],
		['first_half', [span('2021-10-02', '2022-03-31')], false],
		// plan: one span covering the whole fiscal year
		['plan', [span('2020-10-01', '2025-09-30')], true],
		['plan', [span('2021-10-01', '2022-09-30')], true],
		['plan', [span('2021-10-01', '2022-06-30')], false],
		['plan', [span('2017-10-01', '2021-09-30')], false],
		// made_this_year: made during the fiscal year (FY2565 o42 analyses the 2564 result)
		['made_this_year', [span('2021-11-15', '2021-11-15')], true],
		['made_this_year', [span('2022-09-30', '2022-09-30')], true],
		['made_this_year', [span('2021-09-30', '2021-09-30')], false],
		['made_this_year', [span('2020-10-01', '2021-09-30')], false],
		// standing: no period
		['standing', [], true]
	] as const)('%s with %o → %s', (rule, evidence, expected) => {
		expect(ruleMet(rule, 2565, [...evidence]).met).toBe(expected);
	});

	it('needs every month of a monthly rule, and names the missing ones', () => {
		const five = ['2021-10', '2021-11', '2021-12', '2022-01', '2022-02'].map(slot);
		expect(ruleMet('monthly:10-3', 2565, five)).toEqual({ met: false, missingSlots: ['2022-03'] });
		expect(ruleMet('monthly:10-3', 2565, [...five, slot('2022-03')]).met).toBe(true);
	});

	it('needs every quarter of a quarterly rule', () => {
		expect(ruleMet('quarterly:10-3', 2565, [slot('2021-10')]).missingSlots).toEqual(['2022-01']);
	});

	it('takes an allowed declaration for a span rule, but not for a slot rule without its slot', () => {
		expect(ruleMet('current', 2565, [declaration]).met).toBe(true);
		expect(ruleMet('monthly:10-3', 2565, [declaration]).met).toBe(false);
	});

	it.each([
		['inverted', span('2022-09-30', '2021-10-01')],
		['impossible day', span('2021-10-01', '2022-02-30')],
		['not ISO', span('1/10/2564', '30/9/2565')]
	])('a %s span meets no dated rule', (_name, evidence) => {
		for (const rule of ['current', 'previous', 'first_half', 'plan', 'made_this_year'] as const) {
			expect(ruleMet(rule, 2565, [evidence]).met).toBe(false);
		}
	});
});

describe('coversWithoutGap', () => {
	it('joins spans that touch day to day', () => {
		const need = { from: '2021-10-01', to: '2021-10-31' };
		expect(
			coversWithoutGap(
				[
					{ from: '2021-10-16', to: '2021-10-31' },
					{ from: '2021-10-01', to: '2021-10-15' }
				],
				need
			)
		).toBe(true);
		expect(coversWithoutGap([{ from: '2021-10-01', to: '2021-10-14' }], need)).toBe(false);
	});
});

describe('evidenceAsks and periodProblem', () => {
	it('asks a slot for slot rules, a span for dated rules, nothing for standing ones', () => {
		expect(evidenceAsks('monthly:10-3')).toBe('slot');
		expect(evidenceAsks('plan')).toBe('span');
		expect(evidenceAsks('standing')).toBe('none');
	});
	it('refuses a missing or foreign slot and an inverted span', () => {
		const none = { slot: null, from: null, to: null };
		expect(periodProblem('monthly:10-3', 2565, none)).toBe('slotRequired');
		expect(periodProblem('monthly:10-3', 2565, { ...none, slot: '2022-04' })).toBe('slotUnknown');
		expect(periodProblem('monthly:10-3', 2565, { ...none, slot: '2022-03' })).toBeNull();
		expect(periodProblem('current', 2565, { ...none, from: '2022-02-01', to: '2022-01-01' })).toBe(
			'spanInverted'
		);
		expect(periodProblem('current', 2565, none)).toBeNull();
	});
});
