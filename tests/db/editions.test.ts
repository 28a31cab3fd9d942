/**
 * Catalogue editions and their RLS, on PGlite and PostgreSQL: shipped editions are read by
 * everyone and written by nobody through the API roles; an organisation's own (custom) edition is
 * read only by its members and written only by its coordinators, every change audited, stale
 * edits refused, and an item a round has evidence on is never removed.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
	asSuper,
	asUser,
	migratedDatabase,
	rollback,
	sqlState,
	targets,
	type Target
} from './harness';
import { seedFixtures, type Fixtures, type Persona } from './fixtures';
import { shippedEdition } from './editions-fixture';
import { loadCatalogs } from '../../src/lib/server/catalog-loader';
import { withUser } from '../../src/lib/server/db/with-user';
import * as editions from '../../src/lib/server/editions';
import {
	claim,
	InUse,
	Stale,
	updateItem,
	type ItemInput
} from '../../src/lib/server/edition-edits';
import { removeItem, renumber } from '../../src/lib/server/edition-remove';
import { editTree } from '../../src/lib/server/edition-structure';
import type { Database, Tx } from '../../src/lib/server/db/port';
import { readUpload, xlsxFile } from '../../src/lib/server/edition-files';
import { toJson } from '../../src/lib/domain/edition-json';

describe.each(targets())('editions on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let f: Fixtures;
	let shipped: string;
	let own: string;
	const sources: Record<string, string> = {};
	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		await loadCatalogs(db);
		f = await seedFixtures(db);
		shipped = await shippedEdition(db, 'fy2569');
		for (const key of ['fy2565', 'fy2569']) sources[key] = await shippedEdition(db, key);
		own = (await withUser(db, { sub: f.user.cA, role: 'authenticated' }, (tx) =>
			editions.copy(tx, shipped, f.orgA, 2570)
		))!;
	});
	afterAll(() => drop());

	const as = (tx: Tx, p: Persona | null) => asUser(tx, p ? f.user[p] : null);
	const count = async (tx: Tx, id: string) =>
		(await tx.query('select 1 from public.catalog_items where catalog_id = $1', [id])).length;
	/** A write's outcome: its SQLSTATE, or how many rows it touched. */
	async function outcome(tx: Tx, sql: string, params: unknown[]): Promise<string> {
		const state = await sqlState(tx, sql, params);
		if (state) return state;
		const rows = await tx.query(sql, params);
		return `${rows.length} rows`;
	}
	const itemOf = async (tx: Tx, id: string, code: string) =>
		(
			await tx.query<{ id: string }>(
				'select id from public.catalog_items where catalog_id = $1 and code = $2',
				[id, code]
			)
		)[0].id;

	it('shipped editions: read by anyone, written by nobody', async () => {
		await rollback(db, async (tx) => {
			for (const p of [null, 'cA', 'sA1', 'vA', 'cB'] as const) {
				await as(tx, p);
				expect(await count(tx, shipped)).toBeGreaterThan(20);
				const upd = await outcome(
					tx,
					`update public.catalog_items set name_th = 'x' where catalog_id = $1 returning id`,
					[shipped]
				);
				expect(['42501', '0 rows']).toContain(upd);
				const del = await outcome(
					tx,
					'delete from public.catalog_elements where item_id in (select id from public.catalog_items where catalog_id = $1) returning id',
					[shipped]
				);
				expect(['42501', '0 rows']).toContain(del);
				const head = await outcome(
					tx,
					`update public.catalogs set title_th = 'x' where id = $1 returning id`,
					[shipped]
				);
				expect(['42501', '0 rows']).toContain(head);
			}
			await as(tx, 'cA');
			const group = (
				await tx.query<{ group_id: string }>(
					'select group_id from public.catalog_items where catalog_id = $1 limit 1',
					[shipped]
				)
			)[0].group_id;
			expect(
				await sqlState(
					tx,
					`insert into public.catalog_items (catalog_id, group_id, code, position, name_th, name_en, period_rule)
					 values ($1, $2, 'o99', 99, 'x', 'x', 'current')`,
					[shipped, group]
				)
			).toBe('42501');
		});
	});

	it('a custom edition is read only by its organisation', async () => {
		await rollback(db, async (tx) => {
			for (const p of ['cA', 'sA1', 'eA', 'vA'] as const) {
				await as(tx, p);
				expect(await count(tx, own)).toBeGreaterThan(20);
			}
			for (const p of [null, 'cB', 'sB1'] as const) {
				await as(tx, p);
				expect(await count(tx, own)).toBe(0);
				expect(await tx.query('select 1 from public.catalogs where id = $1', [own])).toHaveLength(
					0
				);
			}
		});
	});

	it('only its coordinators write it: contributor, executive, viewer and org B are refused', async () => {
		await rollback(db, async (tx) => {
			for (const p of ['sA1', 'eA', 'vA', 'cB'] as const) {
				await as(tx, p);
				const upd = await outcome(
					tx,
					`update public.catalog_items set name_th = 'x' where catalog_id = $1 returning id`,
					[own]
				);
				expect(['42501', '0 rows']).toContain(upd);
				const del = await outcome(tx, 'delete from public.catalogs where id = $1 returning id', [
					own
				]);
				expect(['42501', '0 rows']).toContain(del);
				expect(
					await sqlState(
						tx,
						`insert into public.catalogs (fiscal_year, status, org_id, title_th, title_en)
						 values (2571, 'custom', $1, 'x', 'x')`,
						[f.orgA]
					)
				).toBe('42501');
			}
			await as(tx, 'cA');
			const ok = await outcome(
				tx,
				`update public.catalog_items set name_th = name_th || ' (แก้)' where catalog_id = $1 and code = 'o3' returning id`,
				[own]
			);
			expect(ok).toBe('1 rows');
		});
	});

	it('an edit is audited and a stale one refused', async () => {
		await rollback(db, async (tx) => {
			await as(tx, 'cA');
			const head = (await editions.get(tx, own))!;
			const tree = await editTree(tx, own);
			const o8 = tree.items.find((i) => i.code === 'o8')!;
			const input: ItemInput = {
				code: 'o8',
				groupId: o8.group_id,
				nameTh: o8.name_th,
				nameEn: o8.name_en,
				periodRule: o8.period_rule,
				allowsNothingToReport: o8.allows_nothing_to_report,
				nothingToReportHow: null,
				noteTh: o8.note_th,
				elements: [...o8.elements, 'องค์ประกอบใหม่']
			};
			expect(await updateItem(tx, { id: own, version: head.version }, o8.id, input)).toBe(true);
			await expect(
				updateItem(tx, { id: own, version: head.version }, o8.id, input)
			).rejects.toBeInstanceOf(Stale);
			await asSuper(tx);
			const log = await tx.query<{ op: string; new_data: { text_th?: string } }>(
				`select op, new_data from public.audit_log where table_name = 'catalog_elements' and org_id = $1
				 and actor = $2`,
				[f.orgA, f.user.cA]
			);
			expect(log.map((l) => [l.op, l.new_data.text_th])).toContainEqual(['INSERT', 'องค์ประกอบใหม่']);
		});
	});

	it('a viewer cannot claim the edition; removing an item with evidence names the round', async () => {
		await rollback(db, async (tx) => {
			await asSuper(tx);
			const version = (await editions.get(tx, own))!.version;
			const o3 = await itemOf(tx, own, 'o3');
			const o8 = await itemOf(tx, own, 'o8');
			const [{ id: cycle }] = await tx.query<{ id: string }>(
				`insert into public.cycles (org_id, catalog_id, fiscal_year, oit_opens, oit_closes, internal_deadline)
				 values ($1, $2, 2570, '2027-04-01', '2027-05-31', '2027-03-31') returning id`,
				[f.orgA, own]
			);
			const assign = async (item: string) => {
				const [{ id }] = await tx.query<{ id: string }>(
					`insert into public.assignments (org_id, cycle_id, item_id, due_date) values ($1, $2, $3, '2027-03-01') returning id`,
					[f.orgA, cycle, item]
				);
				const [{ id: part }] = await tx.query<{ id: string }>(
					`insert into public.parts (org_id, assignment_id, division_id, is_lead) values ($1, $2, $3, true) returning id`,
					[f.orgA, id, f.d1]
				);
				return { id, part };
			};
			const a3 = await assign(o3);
			const a8 = await assign(o8);
			await tx.query(
				`insert into public.evidence (org_id, part_id, division_id, url, created_by)
				 values ($1, $2, $3, 'https://agency.example/o3', $4)`,
				[f.orgA, a3.part, f.d1, f.user.sA1]
			);
			await as(tx, 'vA');
			await expect(claim(tx, { id: own, version })).rejects.toBeInstanceOf(Stale);
			await as(tx, 'cA');
			const refused = await removeItem(tx, { id: own, version }, o3).catch((e) => e);
			expect(refused).toBeInstanceOf(InUse);
			expect(refused).toMatchObject({ code: 'o3', fiscalYear: 2570 });
			expect(await sqlState(tx, 'delete from public.catalog_items where id = $1', [o3])).toMatch(
				/^23/
			);
			// Assigned but nothing done: the empty assignment goes with the item.
			expect(await removeItem(tx, { id: own, version }, o8)).toBe(true);
			expect(
				await tx.query('select 1 from public.assignments where id = $1', [a8.id])
			).toHaveLength(0);
			const now = (await editions.get(tx, own))!.version;
			const n = await renumber(tx, { id: own, version: now });
			const codes = (await editTree(tx, own)).items.map((i) => i.code);
			expect(codes).toEqual(Array.from({ length: n }, (_, i) => `o${i + 1}`));
		});
	});

	it.each(['fy2565', 'fy2569'])(
		'%s: export → import gives the same edition (XLSX and JSON)',
		async (key) => {
			const cA = { sub: f.user.cA, role: 'authenticated' as const };
			const def = (await withUser(db, cA, (tx) => editions.definition(tx, sources[key])))!;
			const files: [string, Uint8Array][] = [
				['edition.xlsx', await xlsxFile(def)],
				['edition.json', new TextEncoder().encode(toJson(def))]
			];
			for (const [name, bytes] of files) {
				const read = await readUpload(name, bytes);
				if (!read.ok) throw new Error(JSON.stringify(read.problems));
				await rollback(db, async (tx) => {
					await as(tx, 'cA');
					const id = await editions.insert(tx, read.definition, { orgId: f.orgA });
					expect(await editions.definition(tx, id)).toEqual({ ...def, status: 'custom' });
				});
			}
		}
	);
});
