import type { Tx } from './db/port';
import type { PlanRisk, PlanTarget } from '$lib/domain/plan-extras';

export function listTargets(tx: Tx, orgId: string, planId: string): Promise<PlanTarget[]> {
	return tx.query<PlanTarget & Record<string, unknown>>(
		'select label, targets from public.plan_targets where org_id = $1 and plan_id = $2 order by position',
		[orgId, planId]
	);
}

export function listRisks(tx: Tx, orgId: string, planId: string): Promise<PlanRisk[]> {
	return tx.query<PlanRisk & Record<string, unknown>>(
		`select step, risk, coalesce(level, '') as level, coalesce(control, '') as control
		 from public.plan_risks where org_id = $1 and plan_id = $2 order by position`,
		[orgId, planId]
	);
}

/** Replaces the plan's targets with these, in this order. */
export async function replaceTargets(tx: Tx, orgId: string, planId: string, rows: PlanTarget[]) {
	await tx.query('delete from public.plan_targets where org_id = $1 and plan_id = $2', [
		orgId,
		planId
	]);
	for (const [i, r] of rows.entries()) {
		await tx.query(
			`insert into public.plan_targets (org_id, plan_id, position, label, targets)
			 values ($1, $2, $3, $4, $5)`,
			[orgId, planId, i + 1, r.label, JSON.stringify(r.targets)]
		);
	}
}

/** Replaces the plan's risk register with these, in this order. */
export async function replaceRisks(tx: Tx, orgId: string, planId: string, rows: PlanRisk[]) {
	await tx.query('delete from public.plan_risks where org_id = $1 and plan_id = $2', [
		orgId,
		planId
	]);
	for (const [i, r] of rows.entries()) {
		await tx.query(
			`insert into public.plan_risks (org_id, plan_id, position, step, risk, level, control)
			 values ($1, $2, $3, $4, $5, $6, $7)`,
			[orgId, planId, i + 1, r.step, r.risk, r.level || null, r.control || null]
		);
	}
}
