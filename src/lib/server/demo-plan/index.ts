/**
 * The demo's action plan: อบจ.พะเยา's แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ – ๒๕๗๐), its table
 * and detail cards exactly as the source document prints them, read by the same parsers as an
 * import. Where the document's own totals disagree with its rows, the plan page says so.
 */
import type { Tx } from '../db/port';
import { createPlan } from '../plans';
import { listDivisions } from '../divisions';
import { parsePlanTable } from '$lib/domain/plan-table';
import { parsePlanCards } from '$lib/domain/plan-cards';
import { rowsOfText } from '$lib/domain/plan-text';

export const DEMO_PLAN_TITLE = 'แผนปฏิบัติการป้องกันการทุจริต อบจ.พะเยา';

export async function loadDemoPlan(tx: Tx, orgId: string): Promise<string> {
	const [{ default: table }, { default: cards }] = await Promise.all([
		import('./phayao-2566-2570.tsv?raw'),
		import('./phayao-cards.txt?raw')
	]);
	return createPlan(tx, orgId, {
		title: DEMO_PLAN_TITLE,
		table: parsePlanTable(rowsOfText(table)),
		cards: parsePlanCards(cards),
		divisions: await listDivisions(tx, orgId)
	});
}
