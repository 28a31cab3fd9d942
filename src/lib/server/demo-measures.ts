import type { Tx } from './db/port';
import * as measures from './measures';
import * as evidence from './measure-evidence';
import { phayaoMeasures2565 } from '$lib/catalogs/phayao-fy2565-measures';
import { matchDivision, type NamedDivision } from '$lib/domain/owners';
import { parseTimeframe } from '$lib/domain/timeframe';

/** Phayao's FY2565 integrity measures, actions and reported results, as its report gives them. */
export async function recordDemoMeasures(tx: Tx, orgId: string): Promise<void> {
	const divisions = await tx.query<NamedDivision & Record<string, unknown>>(
		'select id, name, aliases from public.divisions where org_id = $1',
		[orgId]
	);
	for (const m of phayaoMeasures2565) {
		const measureId = await measures.add(tx, orgId, 2565, {
			title: m.title,
			weakness: null,
			improvement: null
		});
		for (const a of m.actions) {
			const when = parseTimeframe(a.timeframe, 2565);
			const id = await measures.addAction(tx, orgId, measureId, {
				method: a.method,
				allDivisions: a.divisions === 'all',
				divisionIds:
					a.divisions === 'all' ? [] : a.divisions.map((n) => matchDivision(n, divisions)!.id),
				ownerLabel: a.owner,
				timeframeText: a.timeframe,
				startsOn: when?.start ?? null,
				endsOn: when?.end ?? null
			});
			await measures.report(tx, orgId, id, 1, {
				result: a.result,
				suggestion: null,
				status: a.status
			});
			for (const o of a.orders ?? []) {
				await evidence.add(tx, orgId, id, {
					kind: 'order',
					orderNo: o.no,
					orderDate: o.date,
					title: null
				});
			}
		}
	}
}
