/**
 * Integrity measures (migration integrity_measures): coordinators set measures and actions, an
 * action's owning divisions report its result, status and evidence, everyone else reads, and
 * other organisations see nothing. Each test runs in a rolled-back transaction and switches user
 * through asUser(), whose guard refuses a superuser or BYPASSRLS session.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Database, Tx } from '../../src/lib/server/db/port';
import * as measures from '../../src/lib/server/measures';
import * as evidence from '../../src/lib/server/measure-evidence';
import {
	asSuper,
	asUser,
	migratedDatabase,
	rollback,
	sqlState,
	targets,
	type Target
} from './harness';
import { seedFixtures, type Fixtures } from './fixtures';

const PLAN: measures.ActionInput = {
	method: 'แต่งตั้งคณะกรรมการ ITA',
	allDivisions: false,
	divisionIds: [],
	ownerLabel: null,
	timeframeText: 'มกราคม ๒๕๖๕',
	startsOn: '2023-01-01',
	endsOn: '2023-01-31'
};
const DONE: measures.Report = { result: 'คำสั่งที่ ๕๙/๒๕๖๕', suggestion: null, status: 'done' };

/** Outcome of a statement: its SQLSTATE, or the number of rows it returned (undone either way). */
async function outcome(tx: Tx, sql: string, params: unknown[]): Promise<string> {
	await tx.query('savepoint attempt');
	try {
		return `${(await tx.query(sql, params)).length} rows`;
	} catch (e) {
		return (e as { code?: string }).code ?? 'unknown';
	} finally {
		await tx.query('rollback to savepoint attempt');
	}
}

describe.each(targets())('integrity measures on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let f: Fixtures;

	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		f = await seedFixtures(db);
	});
	afterAll(() => drop());

	/** As cA: one FY2566 measure with one action owned by D1 (or by every division). */
	async function plan(tx: Tx, over: Partial<measures.ActionInput> = {}) {
		await asUser(tx, f.user.cA);
		const measure = await measures.add(tx, f.orgA, 2566, {
			title: 'การยกระดับผลการประเมิน ITA',
			weakness: null,
			improvement: null
		});
		const action = await measures.addAction(tx, f.orgA, measure, {
			...PLAN,
			divisionIds: [f.d1],
			...over
		});
		return { measure, action };
	}

	const versionOf = async (tx: Tx, id: string) =>
		(
			await tx.query<{ version: number }>('select version from measure_actions where id = $1', [id])
		)[0]?.version;

	it('the owning division reports result, status and evidence; the history records it', async () => {
		await rollback(db, async (tx) => {
			const [{ last }] = await tx.query<{ last: number }>(
				'select coalesce(max(id), 0)::int as last from audit_log'
			);
			const { action } = await plan(tx);
			await asUser(tx, f.user.sA1);
			expect(await measures.report(tx, f.orgA, action, 1, DONE)).toBe(true);
			await evidence.add(tx, f.orgA, action, {
				kind: 'order',
				orderNo: '๕๙/๒๕๖๕',
				orderDate: '2022-01-14',
				title: null
			});
			await evidence.add(tx, f.orgA, action, {
				kind: 'url',
				url: 'https://agency.example/ita',
				title: null
			});
			const [m] = await measures.list(tx, f.orgA, 2566);
			expect(m.actions[0]).toMatchObject({
				result: DONE.result,
				status: 'done',
				owner_ids: [f.d1],
				can_report: true,
				version: 2
			});
			expect(m.actions[0].evidence.map((e) => e.kind)).toEqual(['order', 'url']);
			await asSuper(tx);
			const history = await tx.query<{ table_name: string; op: string }>(
				`select table_name, op from audit_log where org_id = $1 and id > $2 order by id`,
				[f.orgA, last]
			);
			expect(history).toEqual([
				{ table_name: 'measures', op: 'INSERT' },
				{ table_name: 'measure_actions', op: 'INSERT' },
				{ table_name: 'measure_action_owners', op: 'INSERT' },
				{ table_name: 'measure_actions', op: 'UPDATE' },
				{ table_name: 'measure_evidence', op: 'INSERT' },
				{ table_name: 'measure_evidence', op: 'INSERT' }
			]);
		});
	});

	it('a contributor of another division cannot report on the action or add evidence', async () => {
		await rollback(db, async (tx) => {
			const { action } = await plan(tx);
			await asUser(tx, f.user.sA2);
			expect(await measures.report(tx, f.orgA, action, 1, DONE)).toBe(false);
			expect(
				await outcome(tx, `update measure_actions set result = 'x' where id = $1 returning id`, [
					action
				])
			).toBe('0 rows');
			expect(
				await sqlState(
					tx,
					`insert into measure_evidence (org_id, action_id, kind, url) values ($1, $2, 'url', 'https://agency.example/x')`,
					[f.orgA, action]
				)
			).toBe('42501');
			const [m] = await measures.list(tx, f.orgA, 2566);
			expect(m.actions[0]).toMatchObject({ can_report: false, result: null, version: 1 });
		});
	});

	it('the owning division changes only what it reports, never the plan', async () => {
		await rollback(db, async (tx) => {
			const { measure, action } = await plan(tx);
			await asUser(tx, f.user.sA1);
			for (const sql of [
				`update measure_actions set method = 'อื่น' where id = $1`,
				`update measure_actions set timeframe_text = 'ก.พ. ๒๕๖๕' where id = $1`,
				`update measure_actions set all_divisions = true where id = $1`
			]) {
				expect(await sqlState(tx, sql, [action]), sql).toBe('42501');
			}
			expect(
				await outcome(tx, 'delete from measure_actions where id = $1 returning id', [action])
			).toBe('0 rows');
			expect(
				await outcome(tx, `update measures set title = 'x' where id = $1 returning id`, [measure])
			).toBe('0 rows');
			expect(
				await sqlState(tx, 'delete from measure_action_owners where action_id = $1', [action])
			).toBeNull();
			expect(await versionOf(tx, action)).toBe(1);
			await asSuper(tx);
			expect(
				(await tx.query('select 1 from measure_action_owners where action_id = $1', [action]))
					.length
			).toBe(1);
		});
	});

	it('viewers and executives read but cannot write', async () => {
		await rollback(db, async (tx) => {
			const { measure, action } = await plan(tx);
			for (const who of [f.user.vA, f.user.eA]) {
				await asUser(tx, who);
				const [m] = await measures.list(tx, f.orgA, 2566);
				expect(m.actions[0].can_report).toBe(false);
				expect(await measures.report(tx, f.orgA, action, 1, DONE)).toBe(false);
				expect(await measures.remove(tx, f.orgA, measure)).toBe(false);
				expect(
					await sqlState(
						tx,
						`insert into measures (org_id, fiscal_year, title) values ($1, 2566, 'x')`,
						[f.orgA]
					)
				).toBe('42501');
				expect(
					await sqlState(
						tx,
						`insert into measure_evidence (org_id, action_id, kind, order_no) values ($1, $2, 'order', '1/2566')`,
						[f.orgA, action]
					)
				).toBe('42501');
			}
			expect(await versionOf(tx, action)).toBe(1);
		});
	});

	it('another organisation sees none of it and cannot write to it', async () => {
		await rollback(db, async (tx) => {
			const { measure, action } = await plan(tx);
			for (const who of [f.user.cB, f.user.sB1]) {
				await asUser(tx, who);
				expect(await measures.list(tx, f.orgA, 2566)).toEqual([]);
				for (const t of ['measures', 'measure_actions', 'measure_action_owners']) {
					const [row] = await tx.query<{ n: number }>(
						`select count(*)::int as n from ${t} where org_id = $1`,
						[f.orgA]
					);
					expect(row.n, t).toBe(0);
				}
				expect(await measures.report(tx, f.orgA, action, 1, DONE)).toBe(false);
				expect(await measures.remove(tx, f.orgA, measure)).toBe(false);
			}
			await asUser(tx, f.user.cB);
			expect(
				await sqlState(
					tx,
					`insert into measure_actions (org_id, measure_id, method) values ($1, $2, 'x')`,
					[f.orgA, measure]
				)
			).toBe('42501');
			// Nor can its own organisation's action hang under org A's measure: the composite key refuses it.
			expect(
				await sqlState(
					tx,
					`insert into measure_actions (org_id, measure_id, method) values ($1, $2, 'x')`,
					[f.orgB, measure]
				)
			).toBe('23503');
		});
	});

	it('a division of another organisation cannot own an action', async () => {
		await rollback(db, async (tx) => {
			const { measure } = await plan(tx);
			await expect(
				measures.addAction(tx, f.orgA, measure, { ...PLAN, divisionIds: [f.dB] })
			).rejects.toMatchObject({ code: '23503' });
		});
	});

	it('an action of all divisions is reported by any contributor of the organisation', async () => {
		await rollback(db, async (tx) => {
			const { action } = await plan(tx, { allDivisions: true });
			await asUser(tx, f.user.sA2);
			expect(await measures.report(tx, f.orgA, action, 1, DONE)).toBe(true);
			await asUser(tx, f.user.sB1);
			expect(await measures.report(tx, f.orgA, action, 2, DONE)).toBe(false);
		});
	});

	it('deleting a measure takes its actions, owners and evidence; reordering swaps neighbours', async () => {
		await rollback(db, async (tx) => {
			const { measure, action } = await plan(tx);
			await evidence.add(tx, f.orgA, action, {
				kind: 'url',
				url: 'https://agency.example/a',
				title: null
			});
			const second = await measures.add(tx, f.orgA, 2566, {
				title: 'สอง',
				weakness: null,
				improvement: null
			});
			expect(await measures.move(tx, f.orgA, second, -1)).toBe(true);
			expect((await measures.list(tx, f.orgA, 2566)).map((m) => m.title)).toEqual([
				'สอง',
				'การยกระดับผลการประเมิน ITA'
			]);
			expect(await measures.move(tx, f.orgA, second, -1)).toBe(false);
			expect(await measures.remove(tx, f.orgA, measure)).toBe(true);
			await asSuper(tx);
			for (const [t, column] of [
				['measure_actions', 'id'],
				['measure_action_owners', 'action_id'],
				['measure_evidence', 'action_id']
			]) {
				const [row] = await tx.query<{ n: number }>(
					`select count(*)::int as n from ${t} where ${column} = $1`,
					[action]
				);
				expect(row.n, t).toBe(0);
			}
			// The other measures of the organisation stay.
			expect((await measures.list(tx, f.orgA, 2565)).map((m) => m.title)).toEqual(['ยกระดับ ITA']);
		});
	});
});
