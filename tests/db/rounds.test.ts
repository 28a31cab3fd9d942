import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
	migratedDatabase,
	targets,
	rollback,
	asUser,
	asSuper,
	sqlState,
	type Target
} from './harness';
import { seedFixtures, type Fixtures } from './fixtures';
import { shippedEdition } from './editions-fixture';
import { loadCatalogs } from '../../src/lib/server/catalog-loader';
import { createOrganisation } from '../../src/lib/server/setup';
import {
	choicesFor,
	currentFiscalYear,
	defaultChoice,
	openRound,
	RoundExists
} from '../../src/lib/server/rounds';
import * as editions from '../../src/lib/server/editions';
import { cycleReadiness } from '../../src/lib/server/readiness';
import { cycleOfYear } from '../../src/lib/server/cycle-items';
import { withUser } from '../../src/lib/server/db/with-user';
import type { Database } from '../../src/lib/server/db/port';

/**
 * Rounds for any fiscal year: set-up opens this year's round on the chosen edition (an earlier
 * year's becomes the organisation's own copy for the year), one round per year, and a round only
 * answers an edition of its year that is shipped or the organisation's own.
 */
describe.each(targets())('rounds for any year on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		await loadCatalogs(db);
	});
	afterAll(() => drop());

	it('offers FY2570 no edition of its own: the shipped lists are starting points, none taken unasked', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, null);
			const c = await choicesFor(tx, 2570);
			expect(c.every((e) => e.starting_point)).toBe(true);
			expect(c.map((e) => e.fiscal_year)).toEqual(expect.arrayContaining([2569, 2566, 2565]));
			expect(defaultChoice(c)).toBeNull();
			expect((await choicesFor(tx, 2565)).filter((e) => !e.starting_point)).toHaveLength(1);
			expect(defaultChoice(await choicesFor(tx, 2565))?.status).toBe('official');
		});
	});

	it('set-up today opens the current fiscal year on a copy of FY2569, its texts moved to the year', async () => {
		const year = currentFiscalYear(new Date('2026-11-30T05:00:00Z'));
		expect(year).toBe(2570);
		const fy2569 = await shippedEdition(db, 'fy2569');
		const userId = await createOrganisation(db, {
			org: { name: 'อบต.ทดสอบ', orgType: 'sao', province: 'น่าน', domains: ['test-sao.go.th'] },
			coordinator: { fullName: 'ผู้ประสานงาน', email: 'c@test-sao.go.th', password: 'long-password' },
			round: { fiscalYear: year, editionId: fy2569 }
		});
		expect(userId).toBeTruthy();
		const as = <T>(fn: Parameters<typeof withUser<T>>[2]) =>
			withUser(db, { sub: userId!, role: 'authenticated' }, fn);
		const [{ org_id }] = await db.query<{ org_id: string }>(
			'select org_id from public.memberships where user_id = $1',
			[userId]
		);
		const cycle = (await as((tx) => cycleOfYear(tx, org_id, 2570)))!;
		const edition = (await as((tx) => editions.get(tx, cycle.catalog_id)))!;
		expect(edition).toMatchObject({
			fiscal_year: 2570,
			status: 'custom',
			org_id,
			based_on: fy2569
		});
		const copied = (await as((tx) => editions.definition(tx, edition.id)))!;
		const source = (await as((tx) => editions.definition(tx, fy2569)))!;
		const items = (d: typeof copied) =>
			d.indicators.flatMap((i) => i.subIndicators.flatMap((s) => s.groups.flatMap((g) => g.items)));
		expect(copied.gaps).toEqual(source.gaps);
		expect(items(copied).map((i) => i.code)).toEqual(items(source).map((i) => i.code));
		expect(JSON.stringify(items(copied).map((i) => [i.nameTh, i.elements]))).not.toMatch(
			/2569|๒๕๖๙/
		);
		expect(copied.titleTh).toContain('2570');
		const r = await as((tx) => cycleReadiness(tx, cycle));
		expect(r.items).toHaveLength(items(source).length);
		expect(r.scheme.kind).toBe('rating');
		expect(r.confirmed.band.th).toBe('ต้องปรับปรุงโดยด่วน');
		await expect(
			as((tx) => openRound(tx, { orgId: org_id, fiscalYear: 2570, editionId: fy2569 }))
		).rejects.toBeInstanceOf(RoundExists);
		await rollback(db, async (tx) => {
			await asUser(tx, null);
			expect(await tx.query('select 1 from catalogs where id = $1', [edition.id])).toHaveLength(0);
		});
	});
});

describe.each(targets())('which edition a round may answer, on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let f: Fixtures;
	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		await loadCatalogs(db);
		f = await seedFixtures(db);
	});
	afterAll(() => drop());

	it('another organisation does not see an organisation’s own edition', async () => {
		const seen = await withUser(db, { sub: f.user.cB, role: 'authenticated' }, (tx) =>
			editions.get(tx, f.editionA)
		);
		expect(seen).toBeNull();
	});

	it('a round answers only an edition of its year that is shipped or its own (42501)', async () => {
		const fy2566 = await shippedEdition(db, 'fy2566');
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.cA);
			const open = (catalog: string, year: number) =>
				sqlState(
					tx,
					`insert into cycles (org_id, catalog_id, fiscal_year, oit_opens, oit_closes, internal_deadline)
					 values ($1, $2, $3, '2023-03-01', '2023-04-30', '2023-02-15')`,
					[f.orgA, catalog, year]
				);
			expect(await open(fy2566, 2567)).toBe('42501');
			await asSuper(tx);
			const editionB = await editions.insert(
				tx,
				{ ...(await editions.definition(tx, fy2566))!, fiscalYear: 2567, status: 'custom' },
				{ orgId: f.orgB }
			);
			await asUser(tx, f.user.cA);
			expect(await open(editionB, 2567)).toBe('42501');
			expect(await open(fy2566, 2566)).toBeNull();
		});
	});
});
