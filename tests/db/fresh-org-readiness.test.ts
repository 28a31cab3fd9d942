import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { migratedDatabase, targets, type Target } from './harness';
import { loadCatalogs } from '../../src/lib/server/catalog-loader';
import { shippedEdition } from './editions-fixture';
import { createOrganisation } from '../../src/lib/server/setup';
import { withUser } from '../../src/lib/server/db/with-user';
import { cycleOfYear, type CycleRef } from '../../src/lib/server/cycle-items';
import { cycleReadiness } from '../../src/lib/server/readiness';
import { addDivision } from '../../src/lib/server/divisions';
import { assign } from '../../src/lib/server/assignments';
import { addEvidence } from '../../src/lib/server/evidence';
import { movePart, startPart } from '../../src/lib/server/parts';
import type { Database, Tx } from '../../src/lib/server/db/port';

/**
 * A new organisation made by the set-up path, worked through the same server modules the pages
 * use: its readiness starts at 0 and one approved item moves 9.1 and the OIT by the hand-computed
 * amounts. D04: an assignment that fails half-way leaves nothing behind.
 */
describe.each(targets())('a fresh organisation on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let coordinator: string;
	let orgId: string;
	let cycle: CycleRef;
	const as = <T>(fn: (tx: Tx) => Promise<T>) =>
		withUser(db, { sub: coordinator, role: 'authenticated' }, fn);

	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		await loadCatalogs(db);
		coordinator = (await createOrganisation(db, {
			org: {
				name: 'เทศบาลทดสอบ',
				orgType: 'municipality',
				province: 'ลำปาง',
				domains: ['test.go.th']
			},
			coordinator: {
				fullName: 'ผู้ประสานงาน ทดสอบ',
				email: 'c@test.go.th',
				password: 'long-password'
			},
			round: { fiscalYear: 2565, editionId: await shippedEdition(db, 'fy2565') }
		}))!;
		const [m] = await db.query<{ org_id: string }>('select org_id from public.memberships');
		orgId = m.org_id;
		cycle = (await as((tx) => cycleOfYear(tx, orgId, 2565)))!;
	});
	afterAll(() => drop());

	it('starts at 0 in both readings, with the target 85 and no estimates', async () => {
		const r = await as((tx) => cycleReadiness(tx, cycle));
		expect(r.items).toHaveLength(43);
		expect(r.confirmed.oit).toBe(0);
		expect(r.pipeline.oit).toBe(0);
		expect(r.inputs).toEqual({ target: 85, iit: null, eit: null });
		expect(r.finishFirst[0].code).toBe('o42');
	});

	it('one approved item of 9.1 adds 100/9 to 9.1 and 100/9/5/2 to the OIT', async () => {
		const division = await as((tx) =>
			addDivision(tx, orgId, { name: 'สำนักปลัด', parentId: null, aliases: [] })
		);
		const [o1] = await db.query<{ id: string }>(
			`select i.id from public.catalog_items i join public.catalogs c on c.id = i.catalog_id
			 where c.fiscal_year = 2565 and i.code = 'o1'`
		);
		await as(async (tx) => {
			const assignmentId = await assign(tx, {
				orgId,
				cycleId: cycle.id,
				itemId: o1.id,
				ownerMode: 'divisions',
				divisionIds: [division],
				dueDate: '2022-02-15'
			});
			const [part] = await tx.query<{ id: string }>(
				'select id from public.parts where assignment_id = $1',
				[assignmentId]
			);
			await addEvidence(tx, orgId, part.id, crypto.randomUUID(), {
				kind: 'url',
				url: 'https://test.go.th/structure',
				title: null,
				note: null,
				periodMonth: null,
				coversFrom: null,
				coversTo: null,
				elementPositions: [0, 1]
			});
			await startPart(tx, part.id);
			for (const [version, action] of [
				[2, 'submit'],
				[3, 'approve']
			] as const) {
				expect(await movePart(tx, { orgId, partId: part.id, version, action })).toBe(true);
			}
		});
		const r = await as((tx) => cycleReadiness(tx, cycle));
		const sub91 = r.confirmed.subIndicators.find((s) => s.code === '9.1')!;
		expect(sub91).toMatchObject({ items: 9, passing: 1 });
		expect(sub91.score).toBeCloseTo(100 / 9, 10);
		// Indicator 9 averages its 5 sub-indicators; the OIT averages the 2 indicators.
		expect(r.confirmed.oit).toBeCloseTo(100 / 9 / 5 / 2, 10);
		expect(r.pipeline.oit).toBeCloseTo(r.confirmed.oit, 10);
	});

	it('D04: an assignment that fails half-way leaves no assignment and no history', async () => {
		const [o2] = await db.query<{ id: string }>(
			`select i.id from public.catalog_items i join public.catalogs c on c.id = i.catalog_id
			 where c.fiscal_year = 2565 and i.code = 'o2'`
		);
		const before = await db.query('select id from public.audit_log');
		const foreignDivision = crypto.randomUUID();
		await expect(
			as((tx) =>
				assign(tx, {
					orgId,
					cycleId: cycle.id,
					itemId: o2.id,
					ownerMode: 'divisions',
					divisionIds: [foreignDivision],
					dueDate: '2022-02-15'
				})
			)
		).rejects.toMatchObject({ code: '23503' });
		const left = await db.query('select 1 from public.assignments where item_id = $1', [o2.id]);
		expect(left).toHaveLength(0);
		expect(await db.query('select id from public.audit_log')).toHaveLength(before.length);
	});

	it('W10: the database refuses a script URL even from a direct insert', async () => {
		const [part] = await db.query<{ id: string }>('select id from public.parts limit 1');
		for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://test.go.th/x']) {
			await expect(
				db.query(
					`insert into public.evidence (org_id, part_id, kind, url, created_by)
					 values ($1, $2, 'url', $3, $4)`,
					[orgId, part.id, url, coordinator]
				)
			).rejects.toMatchObject({ code: '23514' });
		}
	});
});
