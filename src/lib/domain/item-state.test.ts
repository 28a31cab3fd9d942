import { describe, it, expect } from 'vitest';
import { itemReadiness, type EvidenceFacts, type ItemFacts } from './item-state';

const url = (positions: number[], extra: Partial<EvidenceFacts> = {}): EvidenceFacts => ({
	kind: 'url',
	element_positions: positions,
	period_month: null,
	covers_from: null,
	covers_to: null,
	deleted_at: null,
	...extra
});
const base: ItemFacts = {
	code: 'o1',
	periodRule: 'standing',
	allowsNothingToReport: false,
	elementCount: 2,
	fiscalYear: 2565,
	parts: [{ status: 'approved' }],
	evidence: []
};

describe('itemReadiness', () => {
	it('needs every element named by live URL evidence', () => {
		expect(itemReadiness({ ...base, evidence: [url([0])] })).toMatchObject({
			elementsCovered: false,
			missingElements: [1]
		});
		expect(itemReadiness({ ...base, evidence: [url([0]), url([1])] }).elementsCovered).toBe(true);
		const removed = url([1], { deleted_at: new Date() });
		expect(itemReadiness({ ...base, evidence: [url([0]), removed] }).elementsCovered).toBe(false);
	});

	it('needs the stated period to meet the rule', () => {
		const current = { ...base, periodRule: 'current' as const, evidence: [url([0, 1])] };
		expect(itemReadiness(current).periodMet).toBe(false);
		const dated = url([0, 1], { covers_from: '2021-10-01', covers_to: '2022-09-30' });
		expect(itemReadiness({ ...current, evidence: [dated] }).periodMet).toBe(true);
		const lastYear = url([0, 1], { covers_from: '2020-10-01', covers_to: '2021-09-30' });
		expect(itemReadiness({ ...current, evidence: [lastYear] }).periodMet).toBe(false);
	});

	it('accepts a "nothing to report" declaration only where the criteria allow it (o21)', () => {
		const declaration: EvidenceFacts = { ...url([]), kind: 'nothing_to_report' };
		const o21 = { ...base, code: 'o21', periodRule: 'current' as const, evidence: [declaration] };
		expect(itemReadiness({ ...o21, allowsNothingToReport: true })).toMatchObject({
			elementsCovered: true,
			periodMet: true
		});
		expect(itemReadiness(o21).elementsCovered).toBe(false);
	});

	it('needs each month of the first half for o23, declarations included', () => {
		const months = ['2021-10', '2021-11', '2021-12', '2022-01', '2022-02'];
		const o23: ItemFacts = {
			...base,
			code: 'o23',
			periodRule: 'monthly:10-3',
			allowsNothingToReport: true,
			evidence: months.map((m) => url([0, 1], { period_month: m }))
		};
		expect(itemReadiness(o23)).toMatchObject({ periodMet: false, missingMonths: ['2022-03'] });
		const march: EvidenceFacts = { ...url([]), kind: 'nothing_to_report', period_month: '2022-03' };
		expect(itemReadiness({ ...o23, evidence: [...o23.evidence, march] }).periodMet).toBe(true);
	});

	it('refuses a declaration the criteria do not allow, even for a month', () => {
		const march: EvidenceFacts = { ...url([]), kind: 'nothing_to_report', period_month: '2022-03' };
		const months = ['2021-10', '2021-11', '2021-12', '2022-01', '2022-02'];
		const item: ItemFacts = {
			...base,
			periodRule: 'monthly:10-3',
			evidence: [...months.map((m) => url([0, 1], { period_month: m })), march]
		};
		expect(itemReadiness(item).missingMonths).toEqual(['2022-03']);
	});

	it('fails a first half covered with a gap', () => {
		const item: ItemFacts = {
			...base,
			periodRule: 'first_half',
			evidence: [
				url([0, 1], { covers_from: '2021-10-01', covers_to: '2021-11-30' }),
				url([0, 1], { covers_from: '2022-03-01', covers_to: '2022-03-31' })
			]
		};
		expect(itemReadiness(item).periodMet).toBe(false);
	});

	it('takes the status from the parts', () => {
		expect(
			itemReadiness({ ...base, parts: [{ status: 'approved' }, { status: 'draft' }] }).status
		).toBe('draft');
	});
});
