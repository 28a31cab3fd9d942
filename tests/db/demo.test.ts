import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { migratedDatabase, targets, type Target } from './harness';
import { loadCatalogs } from '../../src/lib/server/catalog-loader';
import { loadDemo, DEMO_DIVISIONS } from '../../src/lib/server/demo';
import { phayaoOwners2565 } from '../../src/lib/catalogs/phayao-fy2565-owners';
import { matchDivision, ownerModeOf } from '../../src/lib/domain/owners';
import type { Database } from '../../src/lib/server/db/port';

describe.each(targets())('the Phayao demo on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		await loadCatalogs(db);
		await loadDemo(db);
	});
	afterAll(() => drop());

	it('loads once: a second load adds nothing', async () => {
		await loadDemo(db);
		const [row] = await db.query<{ n: number }>(
			'select count(*)::int as n from public.organisations'
		);
		expect(row.n).toBe(1);
	});

	it('has the divisions tree of the seed documents', async () => {
		const rows = await db.query<{ name: string; parent: string | null }>(
			`select d.name, p.name as parent from public.divisions d
			 left join public.divisions p on p.id = d.parent_id order by d.position`
		);
		const sections = DEMO_DIVISIONS.flatMap((d) => d.sections ?? []).length;
		expect(rows).toHaveLength(DEMO_DIVISIONS.length + sections);
		expect(rows.find((r) => r.name === 'ฝ่ายนิติการ')?.parent).toBe('สำนักปลัด อบจ.');
	});

	it('assigns o1–o43 exactly as Phayao did in FY2565', async () => {
		const divisions = await db.query<{ id: string; name: string; aliases: string[] }>(
			'select id, name, aliases from public.divisions'
		);
		const top = await db.query<{ id: string }>(
			'select id from public.divisions where parent_id is null'
		);
		const rows = await db.query<{
			code: string;
			owner_mode: string;
			lead: string | null;
			owners: string[];
		}>(
			`select i.code, a.owner_mode,
				(select p.division_id::text from public.parts p where p.assignment_id = a.id and p.is_lead) as lead,
				array(select p.division_id::text from public.parts p where p.assignment_id = a.id
					order by p.is_lead desc, p.created_at) as owners
			 from public.assignments a join public.catalog_items i on i.id = a.item_id`
		);
		expect(rows).toHaveLength(43);
		for (const row of rows) {
			const written = phayaoOwners2565[row.code];
			const mode = ownerModeOf(written[0]);
			if (mode) {
				expect(row.owner_mode).toBe(mode);
				expect(row.owners.sort()).toEqual(top.map((d) => d.id).sort());
			} else {
				expect(row.owner_mode).toBe('divisions');
				expect(row.owners).toEqual(written.map((w) => matchDivision(w, divisions)!.id));
				expect(row.lead).toBe(row.owners[0]);
			}
		}
		expect(rows.filter((r) => r.owner_mode !== 'divisions')).toHaveLength(7);
		expect(rows.filter((r) => r.owner_mode === 'divisions' && r.owners.length === 2)).toHaveLength(
			8
		);
	});

	it('gives o23 a due date for each month of the first half', async () => {
		const [row] = await db.query<{ due_date: string; month_dues: Record<string, string> }>(
			`select a.due_date, a.month_dues from public.assignments a
			 join public.catalog_items i on i.id = a.item_id where i.code = 'o23'`
		);
		expect(row.due_date).toBe('2022-04-14');
		expect(Object.keys(row.month_dues)).toHaveLength(6);
	});

	it('dates its history before its "as of" day, never today', async () => {
		const [row] = await db.query<{ n: number; latest: string; earliest: string }>(
			`select count(*)::int as n, to_char(max(at), 'YYYY-MM-DD') as latest,
				to_char(min(at), 'YYYY-MM-DD') as earliest
			 from public.audit_log`
		);
		expect(row.n).toBeGreaterThan(100);
		expect(row.latest < '2022-02-08').toBe(true);
		expect(row.earliest >= '2022-01-01').toBe(true);
	});

	it("carries Phayao's FY2565 integrity measures: 4 measures, 9 actions, their owners and results", async () => {
		const rows = await db.query<{ title: string; actions: number; reported: number }>(
			`select m.title, count(a.id)::int as actions, count(a.result)::int as reported
			 from public.measures m join public.measure_actions a on a.measure_id = m.id
			 where m.fiscal_year = 2565 group by m.id, m.title, m.position order by m.position`
		);
		expect(rows.map((r) => [r.actions, r.reported])).toEqual([
			[6, 6],
			[1, 1],
			[1, 1],
			[1, 1]
		]);
		const owners = await db.query<{ name: string }>(
			`select distinct d.name from public.measure_action_owners o
			 join public.divisions d on d.id = o.division_id order by 1`
		);
		expect(owners.map((o) => o.name).sort()).toEqual(
			['กองพัสดุและทรัพย์สิน', 'ฝ่ายนิติการ', 'ฝ่ายสถิติข้อมูลและสารสนเทศ', 'หน่วยตรวจสอบภายใน'].sort()
		);
		const [open] = await db.query<{ starts_on: string; ends_on: string | null }>(
			`select starts_on, ends_on from public.measure_actions where timeframe_text like '%เป็นต้นไป'`
		);
		expect(open).toEqual({ starts_on: '2021-12-01', ends_on: null });
	});
});
