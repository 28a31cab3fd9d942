/**
 * The action-plan register on both databases: a coordinator imports เทศบาลเมืองอ่างทอง's plan
 * table whole (budgets per year as the seed prints them); divisions report progress only on their
 * own items and only within the plan's years; the coordinator reviews; other organisations see
 * nothing; a plan with progress cannot be deleted; the demo carries Phayao's plan and its cards.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { migratedDatabase, targets, asUser, rollback, sqlState, type Target } from './harness';
import { seedFixtures, type Fixtures } from './fixtures';
import { loadCatalogs } from '../../src/lib/server/catalog-loader';
import { loadDemo } from '../../src/lib/server/demo';
import { asSystem } from '../../src/lib/server/db/with-user';
import { createPlan, listPlanItems, listPlans } from '../../src/lib/server/plans';
import { reviewProgress, saveProgress } from '../../src/lib/server/plan-progress';
import { listRisks, replaceRisks, replaceTargets } from '../../src/lib/server/plan-extras';
import { parseRisks, parseTargets } from '../../src/lib/domain/plan-extras';
import { parsePlanTable } from '../../src/lib/domain/plan-table';
import { rowsOfText } from '../../src/lib/domain/plan-text';
import type { Database, Tx } from '../../src/lib/server/db/port';

const ANG_THONG = parsePlanTable(
	rowsOfText(readFileSync('tests/fixtures/plans/angthong-2566-2570.tsv', 'utf8'))
);

describe.each(targets())('action plans on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let f: Fixtures;

	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		f = await seedFixtures(db);
	});
	afterAll(() => drop());

	/** Imports the plan as coordinator A; item 2 is owned by D1, item 6 by D2. */
	async function importPlan(tx: Tx): Promise<{ planId: string; item2: string; item6: string }> {
		await asUser(tx, f.user.cA);
		const divisions = [
			{ id: f.d1, parent_id: null, name: 'กองการเจ้าหน้าที่', aliases: [] },
			{ id: f.d2, parent_id: null, name: 'กองคลัง', aliases: [] }
		];
		const table = {
			...ANG_THONG,
			items: ANG_THONG.items.map((i) =>
				i.number === 2
					? { ...i, owner: 'กองการเจ้าหน้าที่' }
					: i.number === 6
						? { ...i, owner: 'กองคลัง' }
						: i
			)
		};
		const planId = await createPlan(tx, f.orgA, { title: 'แผนอ่างทอง', table, divisions });
		const items = await listPlanItems(tx, f.orgA, planId);
		return {
			planId,
			item2: items.find((i) => i.number === 2)!.id,
			item6: items.find((i) => i.number === 6)!.id
		};
	}

	const report = {
		status: 'done' as const,
		done_text: 'อบรมแล้ว',
		spent: 30000,
		problems: '',
		suggestions: '',
		evidence_urls: ['https://agency.example/p'],
		submit: true
	};

	it("a coordinator imports the plan with its budgets per year; the sums are the seed's", async () => {
		await rollback(db, async (tx) => {
			const { planId } = await importPlan(tx);
			const items = await listPlanItems(tx, f.orgA, planId);
			expect(items).toHaveLength(27);
			const [sum] = await tx.query<{ y2566: number; y2570: number; unbudgeted: number }>(
				`select sum(amount) filter (where fiscal_year = 2566) as y2566,
					sum(amount) filter (where fiscal_year = 2570) as y2570,
					count(*) filter (where unbudgeted) as unbudgeted
				 from public.plan_budgets b join public.plan_items i on i.id = b.item_id where i.plan_id = $1`,
				[planId]
			);
			expect(sum.y2566).toBe(339160);
			expect(sum.y2570).toBe(339160);
			expect(sum.unbudgeted).toBeGreaterThan(0);
			expect(items.find((i) => i.number === 2)!.owner_division_ids).toEqual([f.d1]);
			const plan = (await listPlans(tx, f.orgA)).find((p) => p.id === planId);
			expect(plan).toMatchObject({ first_year: 2566, last_year: 2570, items: 27 });
		});
	});

	it('divisions report only on their own items; viewers and other organisations cannot', async () => {
		await rollback(db, async (tx) => {
			const { item2, item6 } = await importPlan(tx);
			await asUser(tx, f.user.sA1);
			expect(
				await saveProgress(tx, f.orgA, { itemId: item2, year: 2566, round: 'half' }, null, report)
			).toBe(true);
			expect(
				await sqlState(
					tx,
					`insert into public.plan_progress (org_id, item_id, fiscal_year, round) values ($1, $2, 2566, 'half')`,
					[f.orgA, item6]
				)
			).toBe('42501');
			await asUser(tx, f.user.vA);
			expect(
				await sqlState(
					tx,
					`insert into public.plan_progress (org_id, item_id, fiscal_year, round) values ($1, $2, 2566, 'annual')`,
					[f.orgA, item2]
				)
			).toBe('42501');
			const [{ n }] = await tx.query<{ n: number }>(
				'select count(*)::int as n from public.plan_progress where item_id = any($1)',
				[[item2, item6]]
			);
			expect(n).toBe(1);
			await asUser(tx, f.user.cB);
			expect(
				await tx.query('select 1 from public.action_plans where org_id = $1', [f.orgA])
			).toEqual([]);
			expect(
				await tx.query('select 1 from public.plan_progress where item_id = $1', [item2])
			).toEqual([]);
			// A contributor cannot approve their own report.
			await asUser(tx, f.user.sA1);
			expect(
				await sqlState(
					tx,
					`update public.plan_progress set review = 'approved' where item_id = $1`,
					[item2]
				)
			).toBe('42501');
		});
	});

	it('refuses a year outside the plan and negative spending, with the reason', async () => {
		await rollback(db, async (tx) => {
			const { item2 } = await importPlan(tx);
			await asUser(tx, f.user.sA1);
			expect(
				await sqlState(
					tx,
					`insert into public.plan_progress (org_id, item_id, fiscal_year, round) values ($1, $2, 2571, 'half')`,
					[f.orgA, item2]
				)
			).toBe('23514');
			expect(
				await sqlState(
					tx,
					`insert into public.plan_progress (org_id, item_id, fiscal_year, round, spent) values ($1, $2, 2566, 'half', -1)`,
					[f.orgA, item2]
				)
			).toBe('23514');
			expect(
				await sqlState(
					tx,
					`insert into public.plan_progress (org_id, item_id, fiscal_year, round, evidence_urls) values ($1, $2, 2566, 'half', '{javascript:alert(1)}')`,
					[f.orgA, item2]
				)
			).toBe('23514');
			await asUser(tx, f.user.cA);
			expect(
				await sqlState(
					tx,
					`insert into public.plan_budgets (org_id, item_id, fiscal_year, amount) values ($1, $2, 2567, -5)`,
					[f.orgA, item2]
				)
			).toBe('23514');
		});
	});

	it('the coordinator returns and approves; an approved report is closed to its owners; a plan with progress stays', async () => {
		await rollback(db, async (tx) => {
			const { planId, item2 } = await importPlan(tx);
			await asUser(tx, f.user.sA1);
			await saveProgress(tx, f.orgA, { itemId: item2, year: 2566, round: 'half' }, null, report);
			await asUser(tx, f.user.cA);
			const [p] = await tx.query<{ id: string; version: number }>(
				'select id, version from public.plan_progress where item_id = $1',
				[item2]
			);
			expect(
				await reviewProgress(tx, f.orgA, p.id, p.version, {
					approve: false,
					comment: 'แนบภาพกิจกรรม'
				})
			).toBe(true);
			await asUser(tx, f.user.sA1);
			expect(
				await saveProgress(
					tx,
					f.orgA,
					{ itemId: item2, year: 2566, round: 'half' },
					p.version + 1,
					report
				)
			).toBe(true);
			await asUser(tx, f.user.cA);
			expect(await reviewProgress(tx, f.orgA, p.id, p.version + 2, { approve: true })).toBe(true);
			await asUser(tx, f.user.sA1);
			expect(
				await saveProgress(
					tx,
					f.orgA,
					{ itemId: item2, year: 2566, round: 'half' },
					p.version + 3,
					report
				)
			).toBe(false);
			await asUser(tx, f.user.cA);
			// The items are held by their progress (restrict_violation, or foreign_key_violation on PostgreSQL 15).
			expect(['23001', '23503']).toContain(
				await sqlState(tx, 'delete from public.action_plans where id = $1', [planId])
			);
			// Moving the item to another มิติ after progress is kept, and the history shows it.
			await tx.query('update public.plan_items set dimension = 4 where id = $1', [item2]);
			const moves = await tx.query<{ old: number; new: number }>(
				`select (old_data->>'dimension')::int as old, (new_data->>'dimension')::int as new
				 from public.audit_log where table_name = 'plan_items' and record_id = $1 and op = 'UPDATE'`,
				[item2]
			);
			expect(moves).toEqual([{ old: 1, new: 4 }]);
		});
	});

	it("the coordinator keeps the plan's targets and risk register; a contributor cannot change them", async () => {
		const extras = rowsOfText(readFileSync('tests/fixtures/plans/angthong-extras.tsv', 'utf8'));
		await rollback(db, async (tx) => {
			const { planId } = await importPlan(tx);
			await replaceTargets(tx, f.orgA, planId, parseTargets(extras));
			await replaceRisks(tx, f.orgA, planId, parseRisks(extras));
			expect((await listRisks(tx, f.orgA, planId)).map((r) => r.step)[1]).toBe('การบริหารงานบุคคล');
			await asUser(tx, f.user.sA1);
			expect(await listRisks(tx, f.orgA, planId)).toHaveLength(4);
			expect(
				await sqlState(tx, 'delete from public.plan_risks where plan_id = $1', [planId])
			).toBeNull();
			expect(await listRisks(tx, f.orgA, planId)).toHaveLength(4); // the policy let nothing go
			expect(
				await sqlState(
					tx,
					`insert into public.plan_targets (org_id, plan_id, position, label) values ($1, $2, 9, 'x')`,
					[f.orgA, planId]
				)
			).toBe('42501');
			await asUser(tx, f.user.cB);
			expect(await listRisks(tx, f.orgA, planId)).toEqual([]);
		});
	});

	it("the demo carries อบจ.พะเยา's plan: 2566–2570, its items' budgets, cards and the document's own totals", async () => {
		await loadCatalogs(db);
		await loadDemo(db);
		await asSystem(db, 'test', async (tx) => {
			const [plan] = await tx.query<{
				id: string;
				first_year: number;
				last_year: number;
				stated_totals: unknown[];
			}>(
				'select p.id, p.first_year, p.last_year, p.stated_totals from public.action_plans p join public.organisations o on o.id = p.org_id where o.is_demo'
			);
			expect(plan).toMatchObject({ first_year: 2566, last_year: 2570 });
			expect(plan.stated_totals).toContainEqual(
				expect.objectContaining({
					dimension: null,
					budgets: { 2566: 499500, 2567: 577000, 2568: 577000, 2569: 577000, 2570: 577000 }
				})
			);
			const items = await tx.query<{
				number: number;
				title: string;
				rationale: string | null;
				owners: number;
			}>(
				'select number, title, rationale, cardinality(owner_division_ids) as owners from public.plan_items where plan_id = $1 order by position',
				[plan.id]
			);
			expect(items.length).toBeGreaterThanOrEqual(53);
			const item1 = items[0];
			expect(item1.title).toMatch(/^โครงการพัฒนาความรู้ด้านกฎหมาย/);
			expect(item1.rationale).toMatch(/การบริหารจัดการขององค์กรปกครองส่วนท้องถิ่น/);
			expect(item1.owners).toBe(1);
			// The table lost item 12's title; the card's is used.
			expect(items.find((i) => i.number === 12)?.title).toMatch(
				/^มาตรการปรับปรุงและพัฒนาศูนย์ข้อมูลข่าวสาร/
			);
		});
	});
});
