import { createHash } from 'node:crypto';
import type { Tx } from '../db/port';
import { SHIPPED_REFS, TABLES } from './tables';

/** One organisation's (or every organisation's) rows, as JSON texts per table. */
export interface OrgExport {
	format: 'ita-org-export/1';
	orgs: { id: string; name: string }[];
	tables: Record<string, string[]>;
	checksums: Record<string, { rows: number; sha256: string }>;
}

/**
 * Reads the organisations' rows from `tx` (a connection that sees every row: the owner's). Rows
 * are `to_jsonb` texts in UTC, sorted, so the same rows give the same checksum on PGlite and on
 * PostgreSQL; references to shipped catalogues are written as `shipped:<key>[:<item code>]`.
 */
export async function exportOrgs(tx: Tx, orgIds: string[] | 'all'): Promise<OrgExport> {
	await tx.query(`set local timezone = 'UTC'`);
	const orgs = await tx.query<{ id: string; name: string }>(
		`select id, name from public.organisations where $1::uuid[] is null or id = any($1) order by name`,
		[orgIds === 'all' ? null : orgIds]
	);
	if (orgIds !== 'all' && orgs.length !== orgIds.length) {
		throw new Error(`No organisation ${orgIds.join(', ')} in this database.`);
	}
	const ids = orgs.map((o) => o.id);
	const shipped = await shippedNames(tx);
	const tables: Record<string, string[]> = {};
	for (const spec of TABLES) {
		const drop = (spec.omit ?? []).map((c) => ` - '${c}'`).join('');
		const rows = await tx.query<{ j: string }>(
			`select (to_jsonb(t)${drop})::text as j from ${spec.name} t where ${spec.rows}`,
			[ids]
		);
		tables[spec.name] = rows.map((r) => symbolic(spec.name, r.j, shipped)).sort();
	}
	return { format: 'ita-org-export/1', orgs, tables, checksums: checksums(tables) };
}

export function checksums(tables: Record<string, string[]>): OrgExport['checksums'] {
	return Object.fromEntries(
		Object.entries(tables).map(([name, rows]) => [
			name,
			{ rows: rows.length, sha256: createHash('sha256').update(rows.join('\n')).digest('hex') }
		])
	);
}

/** Shipped catalogue and item ids → their names that hold in every database. */
async function shippedNames(tx: Tx): Promise<Map<string, string>> {
	const rows = await tx.query<{ id: string; name: string }>(
		`select id::text, 'shipped:' || shipped_key as name from public.catalogs where shipped_key is not null
		 union all
		 select i.id::text, 'shipped:' || c.shipped_key || ':' || i.code from public.catalog_items i
		 join public.catalogs c on c.id = i.catalog_id where c.shipped_key is not null`
	);
	return new Map(rows.map((r) => [r.id, r.name]));
}

/** The row as compact JSON (one spelling on both databases), shipped references by name. */
function symbolic(table: string, json: string, shipped: Map<string, string>): string {
	const row = JSON.parse(json) as Record<string, unknown>;
	const refs = SHIPPED_REFS.filter((r) => r.table === table);
	for (const { column } of refs) {
		const name = shipped.get(String(row[column]));
		if (name) row[column] = name;
	}
	return JSON.stringify(row);
}
