import { error } from '@sveltejs/kit';
import type { RequestEvent } from './$types';
import type { Tx } from '$lib/server/db/port';
import type { ItemStatus, StatusAction } from '$lib/domain/status';
import type { PeriodRule } from '$lib/domain/period-rule';
import { cycleOfYear, type CycleRef } from '$lib/server/cycle-items';
import { asRequestUser } from '$lib/server/request';
import { recordSnapshot } from '$lib/server/snapshots';
import { translator } from '$lib/i18n';

export interface PartRef {
	id: string;
	status: ItemStatus;
	division_id: string;
	version: number;
	/** What the caller may do to the part now (app.part_actions). */
	actions: StatusAction[];
	/** The caller is the coordinator or works in the part's division (app.works_on). */
	works_on: boolean;
	allows_nothing_to_report: boolean;
	period_rule: PeriodRule;
	/** The round's fiscal year. */
	fiscal_year: number;
}

/** What every action of the item page starts from: the member, translations, and a way to
 * find a part of *this* item (a part id of another item or organisation answers 404). Every
 * action ends by recording the day's readiness in its transaction. */
export function actionContext(event: RequestEvent) {
	const member = event.locals.member;
	if (!member) error(403, 'Forbidden');
	const t = translator(event.locals.lang);
	const run = <T>(
		fn: (tx: Tx, part: (id: string) => Promise<PartRef>, cycle: CycleRef) => Promise<T>
	) =>
		asRequestUser(event.locals, async (tx) => {
			const cycle = await cycleOfYear(tx, member.orgId, Number(event.params.year));
			if (!cycle) error(404, 'Not found');
			const part = async (id: string) => {
				const [row] = await tx.query<PartRef & Record<string, unknown>>(
					`select p.id, p.status, p.division_id, p.version, app.part_actions(p.org_id, p.id) as actions,
						app.works_on(p.org_id, p.division_id) as works_on, i.allows_nothing_to_report, i.period_rule,
						$4::int as fiscal_year
					 from public.parts p
					 join public.assignments a on a.id = p.assignment_id
					 join public.catalog_items i on i.id = a.item_id
					 where p.id = $1 and a.cycle_id = $2 and i.code = $3`,
					[id, cycle.id, event.params.code, cycle.fiscal_year]
				);
				if (!row) error(404, 'Not found');
				return row;
			};
			const result = await fn(tx, part, cycle);
			await recordSnapshot(tx, cycle);
			return result;
		});
	return { member, t, run };
}
