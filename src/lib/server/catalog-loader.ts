import { createHash } from 'node:crypto';
import type { CatalogDefinition } from '$lib/domain/catalog';
import { catalogDefinitions } from '$lib/catalogs';
import type { Database, Tx } from './db/port';
import { asSystem } from './db/with-user';
import * as editions from './editions';

export function catalogHash(def: CatalogDefinition): string {
	return createHash('sha256').update(JSON.stringify(def)).digest('hex');
}

export const shippedKey = (def: CatalogDefinition) => `fy${def.fiscalYear}`;

/**
 * System task: loads each shipped edition the database does not have yet. A shipped edition is
 * never rebuilt under running rounds: a changed definition updates the edition's description
 * and scoring rules and each item's texts and period rule by code, and a change of structure
 * (items added or removed) is reported instead.
 */
export async function loadCatalogs(db: Database, defs = catalogDefinitions): Promise<void> {
	for (const def of defs) {
		const hash = catalogHash(def);
		await asSystem(db, 'catalog-loader', async (tx) => {
			const [row] = await tx.query<{
				id: string;
				content_hash: string | null;
				has_document: boolean;
			}>(
				`select id, content_hash, api_document is not null as has_document
				 from public.catalogs where shipped_key = $1`,
				[shippedKey(def)]
			);
			if (!row) {
				const id = await editions.insert(tx, def, {
					orgId: null,
					shippedKey: shippedKey(def),
					contentHash: hash
				});
				await tx.query('select app.refresh_catalog_document($1)', [id]);
			} else if (row.content_hash !== hash) {
				await correct(tx, row.id, def, hash);
				await tx.query('select app.refresh_catalog_document($1)', [row.id]);
			} else if (!row.has_document) {
				await tx.query('select app.refresh_catalog_document($1)', [row.id]);
			}
		});
	}
}

async function correct(tx: Tx, id: string, def: CatalogDefinition, hash: string): Promise<void> {
	const stored = await tx.query<{ code: string }>(
		'select code from public.catalog_items where catalog_id = $1 order by position',
		[id]
	);
	const items = def.indicators.flatMap((i) =>
		i.subIndicators.flatMap((s) => s.groups.flatMap((g) => g.items))
	);
	if (stored.map((r) => r.code).join() !== items.map((i) => i.code).join()) {
		console.warn(
			`edition ${shippedKey(def)}: the shipped items differ from the stored ones; kept the stored list`
		);
		return;
	}
	await tx.query(
		`update public.catalogs set status = $2, title_th = $3, title_en = $4, source = $5, notes = $6,
			gaps = $7, scoring = $8, content_hash = $9 where id = $1`,
		[
			id,
			def.status,
			def.titleTh,
			def.titleEn,
			def.source,
			def.notes ?? null,
			def.gaps ?? [],
			JSON.stringify(def.scoring),
			hash
		]
	);
	for (const item of items) {
		await tx.query(
			`update public.catalog_items set name_th = $3, name_en = $4, period_rule = $5,
				allows_nothing_to_report = $6, nothing_to_report_how = $7, note_th = $8
			 where catalog_id = $1 and code = $2`,
			[
				id,
				item.code,
				item.nameTh,
				item.nameEn,
				item.periodRule,
				item.allowsNothingToReport,
				item.nothingToReportHow ?? null,
				item.noteTh ?? null
			]
		);
	}
}
