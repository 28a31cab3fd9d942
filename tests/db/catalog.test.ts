import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { migratedDatabase, targets, asUser, rollback, type Target } from './harness';
import { loadCatalogs } from '../../src/lib/server/catalog-loader';
import { catalogItems, catalogDocument } from '../../src/lib/server/catalogs';
import { fy2565 } from '../../src/lib/catalogs/fy2565';
import { flattenCatalog } from '../../src/lib/domain/catalog';
import { withAnon } from '../../src/lib/server/db/with-user';
import type { Database } from '../../src/lib/server/db/port';
import { shippedEdition } from './editions-fixture';

describe.each(targets())('the FY2565 catalogue on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let edition: string;
	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		await loadCatalogs(db);
		edition = await shippedEdition(db, 'fy2565');
	});
	afterAll(() => drop());

	it('stores the 43 items exactly as the shipped definition', async () => {
		const doc = await withAnon(db, (tx) => catalogDocument(tx, 2565));
		expect(JSON.parse(doc!)).toEqual(flattenCatalog(fy2565));
	});

	it('the browser query returns the same items in order with their tree names', async () => {
		const items = await withAnon(db, (tx) => catalogItems(tx, edition));
		expect(items.map((i) => i.code)).toEqual(flattenCatalog(fy2565).map((r) => r.code));
		const o23 = items.find((i) => i.code === 'o23')!;
		expect(o23).toMatchObject({
			sub_indicator: '9.3',
			period_rule: 'monthly:10-3',
			allows_nothing_to_report: true
		});
		expect(o23.sub_indicator_name_th).toBe('การบริหารเงินงบประมาณ');
	});

	it('loading again is a no-op (one shipped edition per year)', async () => {
		await loadCatalogs(db);
		const rows = await db.query<{ n: number }>(
			'select count(*)::int as n from public.catalog_items i join public.catalogs c on c.id = i.catalog_id where c.fiscal_year = 2565'
		);
		expect(rows[0].n).toBe(43);
	});

	it('anyone may read the checklist, nobody may change it through the API roles', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, null);
			const rows = await tx.query(
				`select 1 from public.catalog_items i join public.catalogs c on c.id = i.catalog_id
				 where c.shipped_key = 'fy2565'`
			);
			expect(rows).toHaveLength(43);
			await expect(tx.query(`update public.catalog_items set name_th = 'x'`)).rejects.toMatchObject(
				{
					code: '42501'
				}
			);
		});
	});
});
