/**
 * Updating an organisation's own edition from a file, on PGlite and PostgreSQL: items matched by
 * code keep their id (so a round's assignments and evidence stay), the edition afterwards is
 * exactly the file, only changed rows are written, and a file that drops an item with evidence,
 * is for another year, or comes after someone else's change writes nothing.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { asSuper, asUser, migratedDatabase, rollback, targets, type Target } from './harness';
import { seedFixtures, type Fixtures } from './fixtures';
import { shippedEdition } from './editions-fixture';
import { loadCatalogs } from '../../src/lib/server/catalog-loader';
import { withUser } from '../../src/lib/server/db/with-user';
import * as editions from '../../src/lib/server/editions';
import { InUse, Stale } from '../../src/lib/server/edition-edits';
import { OtherYear, planReplace, replaceEdition } from '../../src/lib/server/edition-replace';
import type { CatalogDefinition } from '../../src/lib/domain/catalog';
import type { Database, Tx } from '../../src/lib/server/db/port';

describe.each(targets())('updating an edition from a file on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let f: Fixtures;
	let own: string;
	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		await loadCatalogs(db);
		f = await seedFixtures(db);
		const fy2569 = await shippedEdition(db, 'fy2569');
		own = (await withUser(db, { sub: f.user.cA, role: 'authenticated' }, (tx) =>
			editions.copy(tx, fy2569, f.orgA, 2570)
		))!;
	});
	afterAll(() => drop());

	const itemId = async (tx: Tx, code: string) =>
		(
			await tx.query<{ id: string }>(
				'select id from public.catalog_items where catalog_id = $1 and code = $2',
				[own, code]
			)
		)[0]?.id;

	/** A round of 2570 on the edition: o3 has evidence, o8 is assigned with nothing done. */
	async function round(tx: Tx) {
		await asSuper(tx);
		const [{ id: cycle }] = await tx.query<{ id: string }>(
			`insert into public.cycles (org_id, catalog_id, fiscal_year, oit_opens, oit_closes, internal_deadline)
			 values ($1, $2, 2570, '2027-04-01', '2027-05-31', '2027-03-31') returning id`,
			[f.orgA, own]
		);
		const assign = async (code: string) => {
			const [{ id }] = await tx.query<{ id: string }>(
				`insert into public.assignments (org_id, cycle_id, item_id, due_date)
				 values ($1, $2, $3, '2027-03-01') returning id`,
				[f.orgA, cycle, await itemId(tx, code)]
			);
			const [{ id: part }] = await tx.query<{ id: string }>(
				`insert into public.parts (org_id, assignment_id, division_id, is_lead) values ($1, $2, $3, true) returning id`,
				[f.orgA, id, f.d1]
			);
			return { id, part };
		};
		const a3 = await assign('o3');
		const a8 = await assign('o8');
		await tx.query(
			`insert into public.evidence (org_id, part_id, division_id, url, created_by)
			 values ($1, $2, $3, 'https://agency.example/o3', $4)`,
			[f.orgA, a3.part, f.d1, f.user.sA1]
		);
		await asUser(tx, f.user.cA);
		return { a3, a8 };
	}

	/** The file: o1 renamed, an element added to o5, o4 moved to a new group, o8 dropped, o99 added. */
	function edited(def: CatalogDefinition): CatalogDefinition {
		const next = structuredClone(def);
		const sub = next.indicators[0].subIndicators[0];
		const items = () => next.indicators.flatMap((i) => i.subIndicators.flatMap((s) => s.groups));
		const find = (code: string) =>
			items()
				.flatMap((g) => g.items)
				.find((i) => i.code === code)!;
		find('o1').nameTh += ' (แก้ไขตามคู่มือ)';
		find('o5').elements.push('องค์ประกอบใหม่จากคู่มือ');
		const o4 = find('o4');
		for (const g of items()) g.items = g.items.filter((i) => i.code !== 'o4' && i.code !== 'o8');
		sub.groups.push({ nameTh: 'หมวดใหม่', nameEn: 'A new group', items: [o4] });
		sub.groups[0].items.push({
			code: 'o99',
			nameTh: 'ข้อใหม่จากคู่มือฉบับจริง',
			nameEn: 'A new item',
			periodRule: 'current',
			allowsNothingToReport: false,
			elements: ['องค์ประกอบที่ 1']
		});
		next.titleTh = `${def.titleTh} (ตามคู่มือ)`;
		return next;
	}

	it('keeps the round’s work, makes the edition exactly the file and logs only what changed', async () => {
		await rollback(db, async (tx) => {
			const { a3, a8 } = await round(tx);
			const before = (await editions.definition(tx, own))!;
			const o1 = await itemId(tx, 'o1');
			const o3 = await itemId(tx, 'o3');
			const next = edited(before);
			const plan = await planReplace(tx, own, next);
			expect(plan).toMatchObject({
				added: ['o99'],
				changed: ['o1', 'o5', 'o4'],
				removed: ['o8'],
				blocked: []
			});
			const [{ max }] = await tx.query<{ max: number }>(
				'select coalesce(max(id), 0)::int as max from public.audit_log'
			);
			const { version } = (await editions.get(tx, own))!;
			await replaceEdition(tx, { id: own, version }, next);

			expect(await editions.definition(tx, own)).toEqual({ ...next, status: 'custom' });
			expect(await itemId(tx, 'o1')).toBe(o1);
			expect(await itemId(tx, 'o3')).toBe(o3);
			const [kept] = await tx.query<{ item_id: string; urls: number }>(
				`select a.item_id, (select count(*)::int from public.evidence e where e.part_id = $2) as urls
				 from public.assignments a where a.id = $1`,
				[a3.id, a3.part]
			);
			expect(kept).toEqual({ item_id: o3, urls: 1 });
			expect(await tx.query('select 1 from public.assignments where id = $1', [a8.id])).toEqual([]);
			// Beyond positions (o99 goes between kept items, so the later ones move on by one): o1
			// renamed, o4 to the new group, o8 removed and o99 added; o5's element is a row of its own.
			const logged = await tx.query<{ code: string; op: string }>(
				`select coalesce(new_data->>'code', old_data->>'code',
					(select i.code from public.catalog_items i where i.id::text = record_id)) as code, op
				 from public.audit_log
				 where id > $1 and table_name = 'catalog_items'
					and (op <> 'UPDATE' or (old_data - 'position') <> (new_data - 'position'))
				 order by id`,
				[max]
			);
			expect(logged).toEqual([
				{ code: 'o8', op: 'DELETE' },
				{ code: 'o1', op: 'UPDATE' },
				{ code: 'o99', op: 'INSERT' },
				{ code: 'o4', op: 'UPDATE' }
			]);
			const elements = await tx.query<{ op: string; text: string }>(
				`select op, new_data->>'text_th' as text from public.audit_log
				 where id > $1 and table_name = 'catalog_elements' and op <> 'DELETE' order by id`,
				[max]
			);
			expect(elements.map((e) => e.text)).toEqual(['องค์ประกอบใหม่จากคู่มือ', 'องค์ประกอบที่ 1']);

			// The same file again: nothing changes and no catalogue row is written.
			const again = await planReplace(tx, own, next);
			expect(again).toMatchObject({ added: [], changed: [], removed: [], blocked: [] });
			const [{ max: after }] = await tx.query<{ max: number }>(
				'select coalesce(max(id), 0)::int as max from public.audit_log'
			);
			const now = (await editions.get(tx, own))!.version;
			await replaceEdition(tx, { id: own, version: now }, next);
			const rows = await tx.query(
				`select table_name from public.audit_log where id > $1 and table_name like 'catalog_%'`,
				[after]
			);
			expect(rows).toEqual([]);
		});
	});

	it('refuses a file that drops an item with evidence, is for another year, or is stale', async () => {
		await rollback(db, async (tx) => {
			await round(tx);
			const before = (await editions.definition(tx, own))!;
			const { version } = (await editions.get(tx, own))!;
			const dropped = structuredClone(before);
			for (const ind of dropped.indicators)
				for (const s of ind.subIndicators)
					for (const g of s.groups) g.items = g.items.filter((i) => i.code !== 'o3');
			expect((await planReplace(tx, own, dropped))!.blocked).toEqual([
				{ code: 'o3', fiscalYear: 2570 }
			]);
			const refused = await replaceEdition(tx, { id: own, version }, dropped).catch((e) => e);
			expect(refused).toBeInstanceOf(InUse);
			expect(await editions.definition(tx, own)).toEqual(before);

			const other = await replaceEdition(
				tx,
				{ id: own, version },
				{ ...before, fiscalYear: 2569 }
			).catch((e) => e);
			expect(other).toMatchObject({ edition: 2570, file: 2569 });
			expect(other).toBeInstanceOf(OtherYear);

			const stale = await replaceEdition(tx, { id: own, version: version - 1 }, edited(before))
				.then(() => null)
				.catch((e) => e);
			expect(stale).toBeInstanceOf(Stale);
			expect(await editions.definition(tx, own)).toEqual(before);
		});
	});

	it('a contributor or another organisation cannot write it', async () => {
		for (const who of [f.user.sA1, f.user.cB]) {
			await rollback(db, async (tx) => {
				await asSuper(tx);
				const before = (await editions.definition(tx, own))!;
				const { version } = (await editions.get(tx, own))!;
				await asUser(tx, who);
				const result = await replaceEdition(tx, { id: own, version }, edited(before)).catch(
					(e) => e
				);
				expect(result === null || result instanceof Stale).toBe(true);
				await asSuper(tx);
				expect(await editions.definition(tx, own)).toEqual(before);
			});
		}
	});
});
