import { createHash } from 'node:crypto';
import type { CatalogDefinition } from '$lib/domain/catalog';
import { catalogDefinitions } from '$lib/catalogs';
import type { Database, Tx } from './db/port';
import { asSystem } from './db/with-user';

export function catalogHash(def: CatalogDefinition): string {
	return createHash('sha256').update(JSON.stringify(def)).digest('hex');
}

/**
 * System task: loads each shipped checklist that the database does not have yet. A published year
 * is never rewritten under running cycles; a changed definition is reported instead.
 */
export async function loadCatalogs(db: Database, defs = catalogDefinitions): Promise<void> {
	for (const def of defs) {
		const hash = catalogHash(def);
		await asSystem(db, 'catalog-loader', async (tx) => {
			const [row] = await tx.query<{ content_hash: string; has_document: boolean }>(
				`select content_hash, api_document is not null as has_document
				 from public.catalogs where fiscal_year = $1`,
				[def.fiscalYear]
			);
			if (!row) await insertCatalog(tx, def, hash);
			if (!row || !row.has_document) {
				await tx.query(
					'select app.refresh_catalog_document(id) from public.catalogs where fiscal_year = $1',
					[def.fiscalYear]
				);
			} else if (row.content_hash !== hash) {
				console.warn(
					`catalogue ${def.fiscalYear}: the shipped definition differs from the stored one; kept the stored one`
				);
			}
		});
	}
}

async function insertCatalog(tx: Tx, def: CatalogDefinition, hash: string): Promise<void> {
	const [{ id: catalogId }] = await tx.query<{ id: string }>(
		`insert into public.catalogs (fiscal_year, title_th, title_en, content_hash)
		 values ($1, $2, $3, $4) returning id`,
		[def.fiscalYear, def.titleTh, def.titleEn, hash]
	);
	let itemPos = 0;
	for (const [i, ind] of def.indicators.entries()) {
		const [{ id: indId }] = await tx.query<{ id: string }>(
			`insert into public.catalog_indicators (catalog_id, code, name_th, name_en, position)
			 values ($1, $2, $3, $4, $5) returning id`,
			[catalogId, ind.code, ind.nameTh, ind.nameEn, i]
		);
		for (const [j, sub] of ind.subIndicators.entries()) {
			const [{ id: subId }] = await tx.query<{ id: string }>(
				`insert into public.catalog_sub_indicators (catalog_id, indicator_id, code, name_th, name_en, position)
				 values ($1, $2, $3, $4, $5, $6) returning id`,
				[catalogId, indId, sub.code, sub.nameTh, sub.nameEn, j]
			);
			for (const [k, group] of sub.groups.entries()) {
				const [{ id: groupId }] = await tx.query<{ id: string }>(
					`insert into public.catalog_groups (sub_indicator_id, name_th, name_en, position)
					 values ($1, $2, $3, $4) returning id`,
					[subId, group.nameTh, group.nameEn, k]
				);
				for (const item of group.items) {
					const [{ id: itemId }] = await tx.query<{ id: string }>(
						`insert into public.catalog_items (catalog_id, group_id, code, position, name_th, name_en,
							period_rule, monthly, allows_nothing_to_report, note_th)
						 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
						[
							catalogId,
							groupId,
							item.code,
							itemPos++,
							item.nameTh,
							item.nameEn,
							item.periodRule,
							item.monthly,
							item.allowsNothingToReport,
							item.noteTh ?? null
						]
					);
					await tx.query(
						`insert into public.catalog_elements (item_id, position, text_th)
						 select $1, e.ord - 1, e.txt from unnest($2::text[]) with ordinality as e(txt, ord)`,
						[itemId, item.elements]
					);
				}
			}
		}
	}
}
