/**
 * Import of an assignment sheet into the database (issue 3 §2): the demo's own export, imported
 * into a copy of the demo whose assignments were cleared, gives back the same assignment; a file
 * with one bad row changes nothing. Runs under the coordinator's RLS, in rolled-back transactions.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { asUser, migratedDatabase, rollback, targets, type Target } from './harness';
import { loadCatalogs } from '../../src/lib/server/catalog-loader';
import { loadDemo } from '../../src/lib/server/demo';
import { matrix } from '../../src/lib/server/assignments';
import { listDivisions } from '../../src/lib/server/divisions';
import { cycleOfYear, type CycleRef } from '../../src/lib/server/cycle-items';
import { csvFile, readUpload, xlsxFile } from '../../src/lib/server/matrix-files';
import { applyImport, ImportRefused, previewImport } from '../../src/lib/server/matrix-import';
import { readTable, sheetRows, type SheetRow } from '../../src/lib/domain/matrix-sheet';
import type { Database, Tx } from '../../src/lib/server/db/port';

/** What an assignment is, independent of ids that a re-import renews. */
function shape(rows: Awaited<ReturnType<typeof matrix>>) {
	return rows.map((r) => ({
		code: r.code,
		mode: r.owner_mode,
		owners: r.parts.map((p) => [p.division_id, p.is_lead]),
		due: r.due_date,
		monthDues: r.month_dues
	}));
}

describe.each(targets())('importing the assignment matrix on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let coordinator: string;
	let cycle: CycleRef;
	let exported: SheetRow[];
	let original: ReturnType<typeof shape>;

	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		await loadCatalogs(db);
		await loadDemo(db);
		const [m] = await db.query<{ user_id: string; org_id: string }>(
			`select user_id, org_id from public.memberships where role = 'coordinator'`
		);
		coordinator = m.user_id;
		await rollback(db, async (tx) => {
			await asUser(tx, coordinator);
			cycle = (await cycleOfYear(tx, m.org_id, 2565))!;
			const rows = await matrix(tx, cycle.id);
			const divisions = await listDivisions(tx, m.org_id);
			exported = sheetRows(rows, new Map(divisions.map((d) => [d.id, d.name])));
			original = shape(rows);
		});
	});
	afterAll(() => drop());

	/** The demo with its cycle's assignments (and the story's evidence) removed, as the coordinator. */
	async function freshCopy(tx: Tx) {
		const parts = `select p.id from public.parts p join public.assignments a on a.id = p.assignment_id
			where a.cycle_id = $1`;
		await tx.query(`delete from public.comments where part_id in (${parts})`, [cycle.id]);
		await tx.query(`delete from public.evidence where part_id in (${parts})`, [cycle.id]);
		await tx.query(`delete from public.parts where id in (${parts})`, [cycle.id]);
		await tx.query('delete from public.assignments where cycle_id = $1', [cycle.id]);
		await asUser(tx, coordinator);
	}

	async function records(name: string, bytes: Uint8Array) {
		const read = await readUpload(name, bytes);
		if (!read.ok) throw new Error(`unreadable: ${JSON.stringify(read.problem)}`);
		const table = readTable(read.table);
		expect(table.problems).toEqual([]);
		return table.records;
	}

	const files: [string, () => Promise<Uint8Array>][] = [
		['CSV', async () => new TextEncoder().encode(csvFile(exported))],
		['XLSX', () => xlsxFile(exported, 'OIT 2565')]
	];

	it.each(files)(
		'the demo export as %s, imported into a fresh copy, gives the same assignment',
		async (kind, file) => {
			const recs = await records(kind === 'CSV' ? 'matrix.csv' : 'matrix.xlsx', await file());
			expect(recs).toHaveLength(43);
			await rollback(db, async (tx) => {
				await freshCopy(tx);
				expect(await matrix(tx, cycle.id).then((r) => r.filter((x) => x.assignment_id))).toEqual(
					[]
				);
				const preview = await previewImport(tx, cycle, recs);
				expect(preview.problems).toEqual([]);
				expect(preview.plan.every((p) => p.action === 'create')).toBe(true);
				expect(await applyImport(tx, cycle, recs)).toBe(43);
				expect(shape(await matrix(tx, cycle.id))).toEqual(original);
				// Importing the same file again changes nothing.
				expect(await applyImport(tx, cycle, recs)).toBe(0);
			});
		}
	);

	it('applies nothing when one row is bad, and names that row', async () => {
		const bad = exported.map((r, i) => (i === 20 ? { ...r, owners: 'กองดาวเทียม' } : r));
		const recs = await records('matrix.csv', new TextEncoder().encode(csvFile(bad)));
		await rollback(db, async (tx) => {
			await freshCopy(tx);
			const refused = await applyImport(tx, cycle, recs).catch((e: unknown) => e);
			expect(refused).toBeInstanceOf(ImportRefused);
			expect((refused as ImportRefused).problems).toEqual([
				{ row: 22, reason: 'unknown_division', value: 'กองดาวเทียม' }
			]);
			const [n] = await tx.query<{ n: number }>(
				'select count(*)::int as n from public.assignments where cycle_id = $1',
				[cycle.id]
			);
			expect(n.n).toBe(0);
		});
	});

	it('refuses the whole file when a division to be removed already holds evidence', async () => {
		const recs = await records('matrix.csv', new TextEncoder().encode(csvFile(exported)));
		// o18 and o19 belong to กองคลัง; the file hands both to กองพัสดุ.
		const moved = recs.map((r) =>
			r.code === '๐๑๘' || r.code === '๐๑๙' ? { ...r, owners: 'กองพัสดุและทรัพย์สิน' } : r
		);
		await rollback(db, async (tx) => {
			const [part] = await tx.query<{ id: string; org_id: string }>(
				`select p.id, p.org_id from public.parts p join public.assignments a on a.id = p.assignment_id
				 join public.catalog_items i on i.id = a.item_id where i.code = 'o18'`
			);
			await tx.query(
				`insert into public.evidence (org_id, part_id, kind, url, created_by)
				 values ($1, $2, 'url', 'https://www.pyo.go.th/plan', $3)`,
				[part.org_id, part.id, coordinator]
			);
			const held = await tx.query<{ code: string }>(
				`select distinct i.code, i.position from public.evidence e
				 join public.parts p on p.id = e.part_id join public.assignments a on a.id = p.assignment_id
				 join public.catalog_items i on i.id = a.item_id
				 where i.code in ('o18', 'o19') order by i.position`
			);
			await asUser(tx, coordinator);
			const refused = await applyImport(tx, cycle, moved).catch((e: unknown) => e);
			expect(refused).toBeInstanceOf(ImportRefused);
			expect((refused as ImportRefused).problems).toEqual(
				held.map((h) => ({
					row: Number(h.code.slice(1)) + 1,
					reason: 'has_evidence',
					value: h.code
				}))
			);
		});
	});

	it('refuses a contributor at the database too', async () => {
		const recs = await records('matrix.csv', new TextEncoder().encode(csvFile(exported)));
		const [staff] = await db.query<{ user_id: string }>(
			`select user_id from public.memberships where role = 'contributor' limit 1`
		);
		await rollback(db, async (tx) => {
			await freshCopy(tx);
			await asUser(tx, staff.user_id);
			const refused = await applyImport(tx, cycle, recs).catch((e: unknown) => e);
			expect((refused as { code?: string }).code).toBe('42501');
		});
	});
});
