/**
 * Issue 7, item 1: set-up runs once, and an e-mail that already has an account joins another
 * organisation as that person. Decided in one transaction under the set-up lock, on both databases.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { migratedDatabase, targets, type Target } from './harness';
import { seedFixtures, type Fixtures } from './fixtures';
import { loadCatalogs } from '../../src/lib/server/catalog-loader';
import { shippedEdition } from './editions-fixture';
import { loadDemo } from '../../src/lib/server/demo';
import { createOrganisation } from '../../src/lib/server/setup';
import { createMemberAccount, DemoAccount } from '../../src/lib/server/member-accounts';
import { checkCredentials } from '../../src/lib/server/auth/accounts';
import { asSystem } from '../../src/lib/server/db/with-user';
import type { Database } from '../../src/lib/server/db/port';

const setupInput = async (db: Database, email: string) => ({
	org: {
		name: 'เทศบาลทดสอบ',
		orgType: 'municipality' as const,
		province: 'พะเยา',
		domains: ['t.go.th']
	},
	coordinator: { fullName: 'ผู้ประสานงาน', email, password: 'setup-pass-1' },
	round: { fiscalYear: 2565, editionId: await shippedEdition(db, 'fy2565') }
});

async function counts(db: Database) {
	const [row] = await db.query<{ orgs: number; users: number; members: number }>(
		`select (select count(*)::int from public.organisations) as orgs,
			(select count(*)::int from auth.users) as users,
			(select count(*)::int from public.memberships) as members`
	);
	return row;
}

describe.each(targets())('set-up runs once on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		await loadCatalogs(db);
	});
	afterAll(() => drop());

	it('on an empty instance the set-up page may load the demo, then create one organisation', async () => {
		expect(await loadDemo(db, { whenEmpty: true })).toBe('loaded');
		expect(await loadDemo(db, { whenEmpty: true })).toBe('present');
		expect(await createOrganisation(db, await setupInput(db, 'first@t.go.th'))).toEqual(
			expect.any(String)
		);
	});

	it('then every set-up task refuses and writes nothing', async () => {
		const before = await counts(db);
		expect(await createOrganisation(db, await setupInput(db, 'second@t.go.th'))).toBeNull();
		expect(await loadDemo(db, { whenEmpty: true })).toBe('refused');
		expect(await counts(db)).toEqual(before);
	});
});

describe.each(targets())('the demo next to a real organisation on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		await loadCatalogs(db);
		await createOrganisation(db, await setupInput(db, 'first@t.go.th'));
	});
	afterAll(() => drop());

	it('the set-up page cannot add it; DEMO=1 (the operator) can', async () => {
		expect(await loadDemo(db, { whenEmpty: true })).toBe('refused');
		const [none] = await db.query('select 1 from public.organisations where is_demo');
		expect(none).toBeUndefined();
		expect(await loadDemo(db)).toBe('loaded');
	});
});

describe.each(targets())('an e-mail that already has an account, on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let f: Fixtures;
	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		await loadCatalogs(db);
		f = await seedFixtures(db);
	});
	afterAll(() => drop());

	const member = (email: string, orgId = f.orgA) => ({
		orgId,
		fullName: 'Typed Name',
		email,
		password: 'typed-password-1',
		role: 'viewer' as const,
		divisionIds: []
	});

	it('joins organisation A as the same person; name and password stay theirs', async () => {
		const [before] = await db.query<{ encrypted_password: string }>(
			`select encrypted_password from auth.users where email = 'sb1@other.example'`
		);
		const id = await createMemberAccount(db, f.user.cA, member('SB1@other.example'));
		expect(id).toEqual(expect.any(String));
		const rows = await db.query<{ user_id: string; org_id: string; full_name: string }>(
			`select m.user_id, m.org_id, p.full_name from public.memberships m
			 join public.profiles p on p.id = m.user_id where m.id = $1`,
			[id]
		);
		expect(rows).toEqual([{ user_id: f.user.sB1, org_id: f.orgA, full_name: 'Contributor B1' }]);
		const [after] = await db.query<{ encrypted_password: string }>(
			`select encrypted_password from auth.users where email = 'sb1@other.example'`
		);
		expect(after.encrypted_password).toBe(before.encrypted_password);
		const typed = await asSystem(db, 'auth', (tx) =>
			checkCredentials(tx, 'sb1@other.example', 'typed-password-1')
		);
		expect(typed).toBeNull();
	});

	it('a second time is a unique violation (already a member), nothing added', async () => {
		const before = await counts(db);
		await expect(
			createMemberAccount(db, f.user.cA, member('sb1@other.example'))
		).rejects.toMatchObject({ code: '23505' });
		expect(await counts(db)).toEqual(before);
	});

	it('a coordinator of another organisation cannot use it to add anyone to A', async () => {
		const before = await counts(db);
		await expect(
			createMemberAccount(db, f.user.cB, member('outsider@elsewhere.example'))
		).rejects.toMatchObject({ code: '42501' });
		expect(await counts(db)).toEqual(before);
	});

	it('a demo account (public password) is refused', async () => {
		await loadDemo(db);
		const before = await counts(db);
		await expect(
			createMemberAccount(db, f.user.cA, member('coordinator@demo.example'))
		).rejects.toBeInstanceOf(DemoAccount);
		expect(await counts(db)).toEqual(before);
	});
});
