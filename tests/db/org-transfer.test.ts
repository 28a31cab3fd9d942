import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { migratedDatabase, targets, type Target } from './harness';
import { loadCatalogs } from '../../src/lib/server/catalog-loader';
import { loadDemo, DEMO_PASSWORD } from '../../src/lib/server/demo';
import { checkCredentials } from '../../src/lib/server/auth/accounts';
import { exportOrgs, type OrgExport } from '../../src/lib/server/transfer/export';
import { importOrgs } from '../../src/lib/server/transfer/import';
import type { Database } from '../../src/lib/server/db/port';

const other = (t: Target): Target => (t === 'pglite' ? 'postgres' : 'pglite');

// D12: the demo organisation goes from one database to the other and back, row for row.
describe.each(targets())('moving an organisation from %s', (source: Target) => {
	const dbs: { db: Database; drop: () => Promise<void> }[] = [];
	const fresh = async (target: Target) => {
		const made = await migratedDatabase(target);
		await loadCatalogs(made.db);
		dbs.push(made);
		return made.db;
	};
	let from: Database;
	let orgId: string;
	let exported: OrgExport;

	beforeAll(async () => {
		from = await fresh(source);
		await loadDemo(from);
		[{ id: orgId }] = await from.query<{ id: string }>('select id from public.organisations');
		// One row removed softly: it must arrive removed.
		await from.query(
			`update public.evidence set deleted_at = '2022-02-01T00:00:00Z'
			 where id = (select id from public.evidence order by id limit 1)`
		);
		exported = await from.transaction((tx) => exportOrgs(tx, [orgId]));
	});
	afterAll(async () => {
		for (const { drop } of dbs) await drop();
	});

	it('exports every table of the organisation with its count and checksum', () => {
		expect(exported.orgs.map((o) => o.id)).toEqual([orgId]);
		expect(exported.checksums['auth.users'].rows).toBe(5);
		expect(exported.checksums['public.evidence'].rows).toBeGreaterThan(0);
		expect(exported.checksums['public.audit_log'].rows).toBeGreaterThan(0);
		expect(exported.tables['auth.users'].join()).toContain('"encrypted_password":"$2');
	});

	it('imports into the other database and back with identical counts and checksums', async () => {
		const there = await fresh(other(source));
		const result = await importOrgs(there, exported);
		expect(result.withoutRls).toEqual([]);
		expect(result.rows['public.evidence']).toBe(exported.checksums['public.evidence'].rows);
		const fromThere = await there.transaction((tx) => exportOrgs(tx, [orgId]));
		expect(fromThere.checksums).toEqual(exported.checksums);

		const back = await fresh(source);
		await importOrgs(back, fromThere);
		const again = await back.transaction((tx) => exportOrgs(tx, 'all'));
		expect(again.checksums).toEqual(exported.checksums);

		// People keep their passwords; the softly removed row is still removed; RLS is on.
		const user = await there.transaction((tx) =>
			checkCredentials(tx, 'coordinator@demo.example', DEMO_PASSWORD)
		);
		expect(user).toBeTruthy();
		const [{ n }] = await there.query<{ n: number }>(
			'select count(*)::int as n from public.evidence where deleted_at is not null'
		);
		expect(n).toBe(1);
		const rls = await there.query<{ relname: string }>(
			`select relname from pg_class where relname in ('evidence', 'parts', 'memberships')
			 and relnamespace = 'public'::regnamespace and relrowsecurity`
		);
		expect(rls).toHaveLength(3);
	});

	it('refuses to import into a database that holds the organisation, and changes nothing', async () => {
		const before = await from.transaction((tx) => exportOrgs(tx, 'all'));
		await expect(importOrgs(from, exported)).rejects.toThrow('already holds');
		const after = await from.transaction((tx) => exportOrgs(tx, 'all'));
		expect(after.checksums).toEqual(before.checksums);
	});

	it('refuses a file whose rows were changed after export', async () => {
		const there = await fresh(other(source));
		const tampered = structuredClone(exported);
		tampered.tables['public.evidence'][0] = tampered.tables['public.evidence'][0].replace(
			'"title":',
			'"title":"x",'
		);
		await expect(importOrgs(there, tampered)).rejects.toThrow('do not match its checksums');
	});
});
