import type { Database, Tx } from '../db/port';
import { asSystem } from '../db/with-user';
import { checksums, exportOrgs, type OrgExport } from './export';
import { SHIPPED_REFS, TABLES } from './tables';

const PEOPLE = ['auth.users', 'public.profiles', 'public.notification_settings'];

export interface ImportResult {
	rows: Record<string, number>;
	/** Tables of the organisation's data whose row-level security is off (none expected). */
	withoutRls: string[];
}

/**
 * Inserts an export into `db` in one transaction, then exports the same organisations from it
 * again and compares the checksums table by table; any difference rolls everything back.
 * Triggers (audit, versions, "who may move what") are off for the transaction
 * (`session_replication_role = replica`, which needs a superuser or, on Supabase, the postgres
 * role): the rows arrive as they were, with their history, and the audit log is not doubled.
 * Foreign keys are not checked meanwhile either; the order of TABLES keeps them whole.
 */
export async function importOrgs(db: Database, data: OrgExport): Promise<ImportResult> {
	if (data.format !== 'ita-org-export/1')
		throw new Error('This file is not an organisation export.');
	const damaged = Object.entries(checksums(data.tables)).filter(
		([t, sum]) => JSON.stringify(sum) !== JSON.stringify(data.checksums[t])
	);
	if (damaged.length) {
		throw new Error(
			`The file's rows do not match its checksums: ${damaged.map(([t]) => t).join(', ')}.`
		);
	}
	return asSystem(db, 'import', async (tx) => {
		await refuseExisting(tx, data);
		const shipped = await shippedIds(tx);
		await tx.query(`set local session_replication_role = replica`);
		const rows: Record<string, number> = {};
		for (const spec of TABLES) {
			const rowsOf = (data.tables[spec.name] ?? []).map((j) => resolved(spec.name, j, shipped));
			rows[spec.name] = rowsOf.length;
			if (!rowsOf.length) continue;
			// A person already in this database (a member of another organisation) keeps that account.
			const conflict = PEOPLE.includes(spec.name) ? 'on conflict do nothing' : '';
			const cols = (await columnsOf(tx, spec.name)).filter((c) => !spec.omit?.includes(c));
			const list = cols.map((c) => `"${c}"`).join(', ');
			await tx.query(
				`insert into ${spec.name} (${list}) select ${list}
				 from jsonb_populate_recordset(null::${spec.name}, $1::jsonb) ${conflict}`,
				[`[${rowsOf.join(',')}]`]
			);
		}
		await tx.query(`set local session_replication_role = origin`);
		const again = await exportOrgs(
			tx,
			data.orgs.map((o) => o.id)
		);
		const differ = Object.keys(data.checksums).filter(
			(t) => JSON.stringify(again.checksums[t]) !== JSON.stringify(data.checksums[t])
		);
		if (differ.length) throw new Error(`After import the rows differ in: ${differ.join(', ')}.`);
		return { rows, withoutRls: await withoutRls(tx) };
	});
}

async function columnsOf(tx: Tx, table: string): Promise<string[]> {
	const [schema, name] = table.split('.');
	const rows = await tx.query<{ column_name: string }>(
		`select column_name from information_schema.columns
		 where table_schema = $1 and table_name = $2 order by ordinal_position`,
		[schema, name]
	);
	return rows.map((r) => r.column_name);
}

async function refuseExisting(tx: Tx, data: OrgExport) {
	const found = await tx.query<{ name: string; id: string }>(
		'select id, name from public.organisations where id = any($1)',
		[data.orgs.map((o) => o.id)]
	);
	if (found.length) {
		const names = found.map((o) => `${o.name} (${o.id})`).join(', ');
		throw new Error(`This database already holds ${names}: nothing was imported.`);
	}
}

/** `shipped:<key>[:<code>]` → this database's id; refuses a catalogue it lacks. */
async function shippedIds(tx: Tx): Promise<Map<string, string>> {
	const rows = await tx.query<{ id: string; name: string }>(
		`select id::text, 'shipped:' || shipped_key as name from public.catalogs where shipped_key is not null
		 union all
		 select i.id::text, 'shipped:' || c.shipped_key || ':' || i.code from public.catalog_items i
		 join public.catalogs c on c.id = i.catalog_id where c.shipped_key is not null`
	);
	return new Map(rows.map((r) => [r.name, r.id]));
}

function resolved(table: string, json: string, shipped: Map<string, string>): string {
	const refs = SHIPPED_REFS.filter((r) => r.table === table);
	if (!refs.length) return json;
	const row = JSON.parse(json) as Record<string, unknown>;
	for (const { column } of refs) {
		const value = row[column];
		if (typeof value !== 'string' || !value.startsWith('shipped:')) continue;
		const id = shipped.get(value);
		if (!id) {
			throw new Error(
				`This database lacks the shipped list ${value.slice(8)}: start the app on it once (it loads the lists), then import again.`
			);
		}
		row[column] = id;
	}
	return JSON.stringify(row);
}

async function withoutRls(tx: Tx): Promise<string[]> {
	const rows = await tx.query<{ name: string }>(
		`select n.nspname || '.' || c.relname as name from pg_class c
		 join pg_namespace n on n.oid = c.relnamespace
		 where n.nspname = 'public' and c.relkind = 'r' and not c.relrowsecurity
		   and c.relname = any($1)`,
		[TABLES.filter((t) => t.name.startsWith('public.')).map((t) => t.name.slice(7))]
	);
	return rows.map((r) => r.name);
}
