import type { Tx } from './db/port';
import type { CycleRef } from './cycle-items';
import { catalogItems } from './catalogs';
import { itemReadiness, type EvidenceFacts } from '$lib/domain/item-state';
import { missingFor, type Missing } from '$lib/domain/guard';

/**
 * What submitting or approving an item of the round would leave short, by the readiness rule the
 * dashboard scores with (item-state.ts): every owing division's live evidence counts.
 */
export async function itemShortfall(
	tx: Tx,
	cycle: CycleRef,
	code: string,
	action: 'submit' | 'approve'
): Promise<Missing | null> {
	const [item] = await catalogItems(tx, cycle.catalog_id, code);
	if (!item) return null;
	const evidence = await tx.query<EvidenceFacts & Record<string, unknown>>(
		`select e.kind, e.element_positions, e.period_month, e.covers_from, e.covers_to, e.deleted_at
		 from public.evidence e
		 join public.parts p on p.id = e.part_id
		 join public.assignments a on a.id = p.assignment_id
		 where a.cycle_id = $1 and a.item_id = $2 and e.deleted_at is null`,
		[cycle.id, item.id]
	);
	const readiness = itemReadiness({
		code,
		periodRule: item.period_rule,
		allowsNothingToReport: item.allows_nothing_to_report,
		elementCount: item.elements.length,
		fiscalYear: cycle.fiscal_year,
		parts: [],
		evidence
	});
	return missingFor(action, readiness, item.elements);
}
