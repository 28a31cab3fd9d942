/**
 * What every page of one plan needs: the plan (404 when it is not the caller's), the year and
 * round the page looks at (from the query string, within the plan's years), its items and reports.
 */
import { error } from '@sveltejs/kit';
import type { Tx } from './db/port';
import { getPlan, listPlanItems } from './plans';
import { listProgress, type Round } from './plan-progress';
import { listDivisions } from './divisions';
import { listRisks, listTargets } from './plan-extras';
import { bangkokDate, fiscalYearOf } from '$lib/domain/fiscal';

export function pickYear(url: URL, first: number, last: number, now = new Date()): number {
	const asked = Number(url.searchParams.get('year'));
	if (Number.isInteger(asked) && asked >= first && asked <= last) return asked;
	const current = fiscalYearOf(bangkokDate(now));
	return Math.min(Math.max(current, first), last);
}

export function pickRound(url: URL): Round {
	return url.searchParams.get('round') === 'annual' ? 'annual' : 'half';
}

export async function loadPlanPage(tx: Tx, orgId: string, planId: string, url: URL) {
	const plan = await getPlan(tx, orgId, planId);
	if (!plan) error(404, 'No such plan');
	const year = pickYear(url, plan.first_year, plan.last_year);
	const round = pickRound(url);
	const [items, progress, divisions, targets, risks] = await Promise.all([
		listPlanItems(tx, orgId, planId),
		listProgress(tx, orgId, planId, year, round),
		listDivisions(tx, orgId),
		listTargets(tx, orgId, planId),
		listRisks(tx, orgId, planId)
	]);
	return {
		plan,
		year,
		round,
		items,
		progress,
		targets,
		risks,
		divisions: divisions.map((d) => ({ id: d.id, name: d.name, archived: Boolean(d.archived_at) }))
	};
}
