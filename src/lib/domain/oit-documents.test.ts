import { describe, it, expect } from 'vitest';
import { documentFor, documentHref } from './oit-documents';
import { fy2565 } from '$lib/catalogs/fy2565';
import { fy2569 } from '$lib/catalogs/fy2569';
import { itemsOf } from './item-mapping';

const byCode = (def: Parameters<typeof itemsOf>[0]) =>
	Object.fromEntries(
		itemsOf(def)
			.map((i) => [i.code, documentFor(i.nameTh)])
			.filter(([, d]) => d)
	);

describe('documentFor', () => {
	it('finds the risk assessment, the plan, its two reports and the measures in FY2565 (o36, o39–o43) and nothing else', () => {
		expect(byCode(fy2565)).toEqual({
			o36: 'plan_risks',
			o39: 'plan',
			o40: 'plan_half',
			o41: 'plan_annual',
			o42: 'measures',
			o43: 'measures_results'
		});
	});
	it('finds the plan, its report and the measures results in FY2569 (o21, o23, o24, o26)', () => {
		expect(byCode(fy2569)).toEqual({
			o21: 'plan_risks',
			o23: 'plan',
			o24: 'plan_annual',
			o26: 'measures_results'
		});
	});
});

describe('documentHref', () => {
	it('links plan documents to the plan covering the year, and says so when there is none', () => {
		expect(documentHref('plan_half', 2567, 'p1')).toBe(
			'/plans/p1/report?doc=progress&year=2567&round=half'
		);
		expect(documentHref('plan', 2567, null)).toBeNull();
		expect(documentHref('measures_results', 2565, null)).toBe('/measures/2565/print?results=1');
	});
});
