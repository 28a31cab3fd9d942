/**
 * Row Level Security, column rules, the status machine and the history of the work cycle
 * (assignments, parts, evidence, comments, sign-offs, readiness snapshots, API tokens):
 * docs/test-plan.md §1 (R07–R12, R15), §4 (D03, D05, D09–D11) and §5 (L03), run the same way
 * on PGlite and on a real PostgreSQL server.
 *
 * Every test runs inside `rollback()` and starts with `asUser()`, whose R05 guard asserts that the
 * session is neither superuser nor BYPASSRLS. Extra rows a test needs (a part owed by D2, a second
 * cycle, …) are made with `asSuper()` inside the same rolled-back transaction; `asUser()` then
 * switches back (and runs the guard again). The exception is L03, which needs real concurrent
 * transactions: it commits its own evidence row, runs the guard in every `withUser` transaction,
 * and removes the row and its history afterwards.
 *
 * Outcomes are exact: '42501' (no privilege, a WITH CHECK failure or a trigger), '23514' (a
 * CHECK), '23503'/'23001' (a foreign key, see RESTRICTED), or the number of rows a statement
 * returned. PostgreSQL reports an UPDATE or DELETE whose USING clause hides the row as success
 * with '0 rows'; a statement on a column or command the API role holds no privilege for fails
 * with 42501 before any row is seen.
 */
import { randomUUID } from 'node:crypto';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { asSystem, withUser } from '../../src/lib/server/db/with-user';
import { openPostgres } from '../../src/lib/server/db/postgres';
import type { Database, Row, Tx } from '../../src/lib/server/db/port';
import {
	addEvidence,
	getEvidence,
	evidenceOfParts,
	setEvidenceDeleted,
	updateEvidence,
	type EvidenceInput
} from '../../src/lib/server/evidence';
import { movePart, partsOfAssignment, startPart } from '../../src/lib/server/parts';
import { ACTIONS, STATUSES, type StatusAction } from '../../src/lib/domain/status';
import { matrix, setDueDate } from '../../src/lib/server/assignments';
import { latestSignoff, signOff } from '../../src/lib/server/signoffs';
import { asSuper, asUser, migratedDatabase, rollback, targets, type Target } from './harness';
import { seedFixtures, type Fixtures, type Persona } from './fixtures';

const DENIED = ['42501', '0 rows'];
/**
 * A delete refused by an ON DELETE RESTRICT foreign key: PostgreSQL 15 reports 23503
 * (foreign_key_violation), the newer PostgreSQL inside PGlite 23001 (restrict_violation).
 */
const RESTRICTED = ['23503', '23001'];

/** The SQLSTATE of a failed statement (undone in a savepoint), else '<n> rows' it returned. */
async function outcome(tx: Tx, sql: string, params?: unknown[]): Promise<string> {
	await tx.query('savepoint attempt');
	try {
		const rows = await tx.query(sql, params);
		await tx.query('release savepoint attempt');
		return `${rows.length} rows`;
	} catch (e) {
		await tx.query('rollback to savepoint attempt');
		return (e as { code?: string }).code ?? 'unknown';
	}
}

async function count(tx: Tx, sql: string, params?: unknown[]): Promise<number> {
	const [row] = await tx.query<{ n: number }>(sql, params);
	return Number(row.n);
}

async function insertId(tx: Tx, sql: string, params?: unknown[]): Promise<string> {
	const [row] = await tx.query<{ id: string }>(sql, params);
	return row.id;
}

/** Evidence as the form sends it; defaults equal the fixture row, so each override is a change. */
function input(over: Partial<EvidenceInput> = {}): EvidenceInput {
	return {
		kind: 'url',
		url: 'https://agency.example/structure',
		title: 'Structure',
		note: null,
		periodMonth: null,
		coversFrom: null,
		coversTo: null,
		elementPositions: [],
		...over
	};
}

describe.each(targets())('work cycle RLS on %s', (target: Target) => {
	let db: Database;
	let drop: () => Promise<void>;
	let f: Fixtures;

	beforeAll(async () => {
		({ db, drop } = await migratedDatabase(target));
		f = await seedFixtures(db);
	});
	afterAll(() => drop());

	// ------------------------------------------------------ set-up helpers (run as superuser)

	/** A part owed by D2 on org A's assignment, with one piece of evidence by sA2. */
	async function addD2Work(tx: Tx): Promise<{ part: string; evidence: string }> {
		const part = await insertId(
			tx,
			`insert into parts (org_id, assignment_id, division_id) values ($1, $2, $3) returning id`,
			[f.orgA, f.assignmentA, f.d2]
		);
		const evidence = await addEvidenceRow(tx, part, f.user.sA2, 'https://agency.example/d2');
		return { part, evidence };
	}

	async function addEvidenceRow(tx: Tx, part: string, author: string, url: string) {
		return insertId(
			tx,
			`insert into evidence (org_id, part_id, kind, url, title, created_by)
			values ($1, $2, 'url', $3, 'Set-up', $4) returning id`,
			[f.orgA, part, url, author]
		);
	}

	/** Puts a part in a status directly (no signed-in user: the status machine trusts the system). */
	async function setStatus(tx: Tx, part: string, status: string, comment: string | null = null) {
		await tx.query('update parts set status = $1, review_comment = $2 where id = $3', [
			status,
			comment,
			part
		]);
	}

	async function versionOf(tx: Tx, table: 'evidence' | 'parts', id: string): Promise<number> {
		const [row] = await tx.query<{ version: number }>(
			`select version from ${table} where id = $1`,
			[id]
		);
		return row.version;
	}

	// ---------------------------------------------------------- cross-organisation (R07–R09)

	it('R07: sB1 sees none of org A’s work rows, by organisation or by id, without error', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.sB1);
			const tables: [string, string, string][] = [
				['evidence', f.evidenceA, f.evidenceB],
				['parts', f.partA, f.partB],
				['assignments', f.assignmentA, f.assignmentB],
				['comments', f.commentA, f.commentB],
				['signoffs', f.signoffA, f.signoffB]
			];
			for (const [table, idA, idB] of tables) {
				const byOrg = `select count(*) as n from ${table} where org_id = $1`;
				const byId = `select count(*) as n from ${table} where id = $1`;
				expect(await count(tx, byOrg, [f.orgA]), `${table} of org A`).toBe(0);
				expect(await count(tx, byId, [idA]), `${table} ${idA}`).toBe(0);
				// Their own organisation's row is visible: the zeros are RLS, not an empty session.
				expect(await count(tx, byId, [idB]), `own ${table}`).toBe(1);
			}
			// The server modules see nothing either.
			expect(await getEvidence(tx, f.evidenceA)).toBeNull();
			expect(await evidenceOfParts(tx, [f.partA])).toEqual([]);
			expect(await partsOfAssignment(tx, f.assignmentA)).toEqual([]);
			expect(await matrix(tx, f.cycleA)).toEqual([]);
			expect(await latestSignoff(tx, f.cycleA)).toBeNull();
			// The rows exist.
			await asSuper(tx);
			for (const [table, idA] of tables) {
				expect(await count(tx, `select count(*) as n from ${table} where id = $1`, [idA])).toBe(1);
			}
		});
	});

	it('R08: sB1 cannot update or delete org A’s work rows (0 rows; 42501 where no privilege)', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.sB1);
			await asSuper(tx);
			const snapshot = async () => {
				const out: string[] = [];
				for (const t of ['evidence', 'parts', 'assignments', 'comments', 'signoffs']) {
					const [row] = await tx.query<{ s: string }>(
						`select coalesce(jsonb_agg(to_jsonb(t) order by t.id), '[]')::text as s
						from ${t} t where org_id = $1`,
						[f.orgA]
					);
					out.push(row.s);
				}
				return out.join('\n');
			};
			const before = await snapshot();
			await asUser(tx, f.user.sB1);
			const attacks: [string, unknown[], string][] = [
				[`update evidence set note = 'x' where id = $1 returning id`, [f.evidenceA], '0 rows'],
				[
					`update evidence set deleted_at = now() where id = $1 returning id`,
					[f.evidenceA],
					'0 rows'
				],
				[`update evidence set note = 'x' where org_id = $1 returning id`, [f.orgA], '0 rows'],
				[`delete from evidence where id = $1 returning id`, [f.evidenceA], '42501'],
				[`update parts set status = 'draft' where id = $1 returning id`, [f.partA], '0 rows'],
				[`update parts set status = 'draft' where org_id = $1 returning id`, [f.orgA], '0 rows'],
				[`delete from parts where id = $1 returning id`, [f.partA], '0 rows'],
				[
					`update assignments set due_date = '2030-01-01' where id = $1 returning id`,
					[f.assignmentA],
					'0 rows'
				],
				[`delete from assignments where org_id = $1 returning id`, [f.orgA], '0 rows'],
				[`update comments set body = 'x' where id = $1 returning id`, [f.commentA], '42501'],
				[`delete from comments where id = $1 returning id`, [f.commentA], '42501'],
				[`update signoffs set note = 'x' where id = $1 returning id`, [f.signoffA], '42501'],
				[`delete from signoffs where id = $1 returning id`, [f.signoffA], '42501']
			];
			for (const [sql, params, expected] of attacks) {
				expect(await outcome(tx, sql, params), sql).toBe(expected);
			}
			// Through the server modules: "no access" reads as false, never as saved.
			expect(await updateEvidence(tx, f.orgA, f.evidenceA, 1, input({ note: 'x' }))).toBe(false);
			expect(await setEvidenceDeleted(tx, f.orgA, f.evidenceA, 1, true)).toBe(false);
			expect(
				await movePart(tx, { orgId: f.orgA, partId: f.partA, version: 1, action: 'submit' })
			).toBe(false);
			expect(await setDueDate(tx, f.orgA, f.assignmentA, 1, '2030-01-01')).toBe(false);
			// The same writes work on sB1's own rows: policies, not missing grants, refused the above.
			expect(
				await outcome(tx, `update evidence set note = 'x' where id = $1 returning id`, [
					f.evidenceB
				])
			).toBe('1 rows');
			expect(
				await outcome(tx, `update parts set status = 'draft' where id = $1 returning id`, [f.partB])
			).toBe('1 rows');
			await asSuper(tx);
			expect(await snapshot()).toBe(before);
		});
	});

	it('R09: sA1 cannot insert evidence carrying org B’s id, even on their own part (42501)', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.sA1);
			const add = `insert into evidence (org_id, part_id, kind, url) values ($1, $2, 'url', $3)
				returning id`;
			expect(await outcome(tx, add, [f.orgB, f.partA, 'https://agency.example/planted'])).toBe(
				'42501'
			);
			expect(await outcome(tx, add, [f.orgB, f.partB, 'https://other.example/planted'])).toBe(
				'42501'
			);
			expect(await outcome(tx, add, [f.orgA, f.partA, 'https://agency.example/own'])).toBe(
				'1 rows'
			);
			await asSuper(tx);
			expect(await count(tx, `select count(*) as n from evidence where url like '%/planted'`)).toBe(
				0
			);
		});
	});

	// --------------------------------------------------------------- column rules (R10, R11)

	it('R10: sA1 cannot move own evidence to org B, to D2 or to a D2 part (42501)', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.sA1);
			await asSuper(tx);
			const d2 = await addD2Work(tx);
			await asUser(tx, f.user.sA1);
			const id = [f.evidenceA];
			expect(
				await outcome(tx, 'update evidence set org_id = $1 where id = $2', [f.orgB, ...id])
			).toBe('42501');
			expect(
				await outcome(tx, 'update evidence set division_id = $1 where id = $2', [f.d2, ...id])
			).toBe('42501');
			expect(
				await outcome(tx, 'update evidence set part_id = $1 where id = $2', [d2.part, ...id])
			).toBe('42501');
			// The evidence is sA1's to edit: only the ownership columns are closed.
			expect(
				await outcome(tx, `update evidence set note = 'Mine' where id = $1 returning id`, id)
			).toBe('1 rows');
			await asSuper(tx);
			const [row] = await tx.query(
				'select org_id, division_id, part_id from evidence where id = $1',
				id
			);
			expect(row).toEqual({ org_id: f.orgA, division_id: f.d1, part_id: f.partA });
		});
	});

	it('R11: sA1 cannot approve, review, lead, or forge created_by or version (42501)', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.sA1);
			await asSuper(tx);
			await setStatus(tx, f.partA, 'submitted');
			await asUser(tx, f.user.sA1);
			const part = [f.partA];
			expect(
				await outcome(tx, `update parts set status = 'approved' where id = $1 returning id`, part)
			).toBe('42501');
			expect(
				await outcome(
					tx,
					`update parts set review_comment = 'Fine' where id = $1 returning id`,
					part
				)
			).toBe('42501');
			expect(
				await outcome(tx, 'update parts set is_lead = false where id = $1 returning id', part)
			).toBe('42501');
			await asSuper(tx);
			await setStatus(tx, f.partA, 'draft');
			await asUser(tx, f.user.sA1);
			const ev = [f.evidenceA];
			expect(
				await outcome(tx, 'update evidence set created_by = $1 where id = $2', [f.user.cA, ...ev])
			).toBe('42501');
			expect(await outcome(tx, 'update evidence set version = 1 where id = $1', ev)).toBe('42501');
			expect(await outcome(tx, 'update evidence set version = 99 where id = $1', ev)).toBe('42501');
			// The coordinator reviews and picks the lead; nobody sets authors or versions.
			await asSuper(tx);
			await setStatus(tx, f.partA, 'submitted');
			await asUser(tx, f.user.cA);
			expect(
				await outcome(
					tx,
					`update parts set status = 'approved', review_comment = 'Fine' where id = $1 returning id`,
					part
				)
			).toBe('1 rows');
			expect(
				await outcome(tx, 'update parts set is_lead = false where id = $1 returning id', part)
			).toBe('1 rows');
			expect(
				await outcome(tx, 'update evidence set created_by = $1 where id = $2', [f.user.cA, ...ev])
			).toBe('42501');
			await asSuper(tx);
			const [e] = await tx.query('select created_by, version from evidence where id = $1', ev);
			expect(e).toEqual({ created_by: f.user.sA1, version: 1 });
		});
	});

	// ---------------------------------------------------------------------- roles (R12)

	it('R12: sA1 reads D2’s parts and evidence but cannot change them or add to them', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.sA1);
			await asSuper(tx);
			const d2 = await addD2Work(tx);
			await asUser(tx, f.user.sA1);
			expect(
				await count(tx, 'select count(*) as n from parts where division_id = $1', [f.d2])
			).toBe(1);
			expect(
				await count(tx, 'select count(*) as n from evidence where division_id = $1', [f.d2])
			).toBe(1);
			expect((await partsOfAssignment(tx, f.assignmentA)).map((p) => p.division_id).sort()).toEqual(
				[f.d1, f.d2].sort()
			);
			expect(
				await outcome(tx, `update parts set status = 'draft' where id = $1 returning id`, [d2.part])
			).toBe('0 rows');
			expect(
				await outcome(tx, `update evidence set note = 'x' where id = $1 returning id`, [
					d2.evidence
				])
			).toBe('0 rows');
			expect(await setEvidenceDeleted(tx, f.orgA, d2.evidence, 1, true)).toBe(false);
			expect(
				await outcome(
					tx,
					`insert into evidence (org_id, part_id, kind, url) values ($1, $2, 'url', $3) returning id`,
					[f.orgA, d2.part, 'https://agency.example/into-d2']
				)
			).toBe('42501');
			// The same on D1 works.
			expect(
				await outcome(tx, `update parts set status = 'draft' where id = $1 returning id`, [f.partA])
			).toBe('1 rows');
			expect(
				await addEvidence(
					tx,
					f.orgA,
					f.partA,
					randomUUID(),
					input({ url: 'https://agency.example/d1' })
				)
			).toEqual(expect.any(String));
		});
	});

	it('R12: cA reads both divisions’ work and adds evidence to both', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.cA);
			await asSuper(tx);
			const d2 = await addD2Work(tx);
			await asUser(tx, f.user.cA);
			expect(await count(tx, 'select count(*) as n from parts where org_id = $1', [f.orgA])).toBe(
				2
			);
			expect(
				await count(tx, 'select count(*) as n from evidence where org_id = $1', [f.orgA])
			).toBe(2);
			for (const part of [f.partA, d2.part]) {
				const id = await addEvidence(tx, f.orgA, part, randomUUID(), input({ title: 'By cA' }));
				expect(id).toEqual(expect.any(String));
			}
			for (const ev of [f.evidenceA, d2.evidence]) {
				expect(await updateEvidence(tx, f.orgA, ev, 1, input({ note: 'Checked by cA' }))).toBe(
					true
				);
			}
			const [{ created_by: author }] = await tx.query<{ created_by: string }>(
				`select distinct created_by from evidence where title = 'By cA'`
			);
			expect(author).toBe(f.user.cA);
			expect(await count(tx, `select count(*) as n from evidence where title = 'By cA'`)).toBe(2);
		});
	});

	it.each(['eA', 'vA'] as Persona[])(
		'R12: %s reads all of org A’s work; every insert, update and delete is refused',
		async (who) => {
			await rollback(db, async (tx) => {
				await asUser(tx, f.user[who]);
				await asSuper(tx);
				const d2 = await addD2Work(tx);
				const cycle2 = await insertId(
					tx,
					`insert into cycles (org_id, catalog_id, fiscal_year, oit_opens, oit_closes, internal_deadline)
					values ($1, $2, 2566, '2023-04-01', '2023-05-31', '2023-03-31') returning id`,
					[f.orgA, f.catalogNext]
				);
				const [{ id: item2 }] = await tx.query<{ id: string }>(
					'select id from catalog_items where catalog_id = $1 limit 1',
					[f.catalogNext]
				);
				const d3 = await insertId(
					tx,
					`insert into divisions (org_id, name) values ($1, 'D3') returning id`,
					[f.orgA]
				);
				await asUser(tx, f.user[who]);
				const tables = [
					'assignments',
					'parts',
					'evidence',
					'comments',
					'signoffs',
					'readiness_snapshots'
				];
				const all: Record<string, number> = {};
				for (const t of tables) {
					all[t] = await count(tx, `select count(*) as n from ${t} where org_id = $1`, [f.orgA]);
				}
				expect(all).toEqual({
					assignments: 1,
					parts: 2,
					evidence: 2,
					comments: 1,
					signoffs: 1,
					readiness_snapshots: 1
				});
				const writes: [string, string, unknown[]][] = [
					[
						'insert assignment',
						`insert into assignments (org_id, cycle_id, item_id, due_date)
						values ($1, $2, $3, '2023-03-15') returning id`,
						[f.orgA, cycle2, item2]
					],
					[
						'move due date',
						`update assignments set due_date = '2030-01-01' where id = $1 returning id`,
						[f.assignmentA]
					],
					[
						'withdraw assignment',
						'delete from assignments where id = $1 returning id',
						[f.assignmentA]
					],
					[
						'add owing division',
						`insert into parts (org_id, assignment_id, division_id) values ($1, $2, $3) returning id`,
						[f.orgA, f.assignmentA, d3]
					],
					[
						'draft a part',
						`update parts set status = 'draft' where id = $1 returning id`,
						[f.partA]
					],
					['make lead', 'update parts set is_lead = true where id = $1 returning id', [d2.part]],
					['remove a part', 'delete from parts where id = $1 returning id', [d2.part]],
					[
						'add evidence',
						`insert into evidence (org_id, part_id, kind, url) values ($1, $2, 'url', $3) returning id`,
						[f.orgA, f.partA, 'https://agency.example/by-reader']
					],
					[
						'edit evidence',
						`update evidence set note = 'x' where id = $1 returning id`,
						[f.evidenceA]
					],
					[
						'remove evidence',
						'update evidence set deleted_at = now() where id = $1 returning id',
						[d2.evidence]
					],
					[
						'comment',
						`insert into comments (org_id, part_id, body) values ($1, $2, 'Hi') returning id`,
						[f.orgA, f.partA]
					],
					[
						'snapshot',
						`insert into readiness_snapshots (org_id, cycle_id, day, confirmed_oit, pipeline_oit,
							approved_items, submitted_items)
						values ($1, $2, '2022-02-02', 1, 1, 0, 0) returning day`,
						[f.orgA, f.cycleA]
					]
				];
				for (const [name, sql, params] of writes) {
					expect(await outcome(tx, sql, params), `${who}: ${name}`).toBeOneOf(DENIED);
				}
				// The coordinator's outcomes for the same statements: policies, not grants, refused them.
				await asUser(tx, f.user.cA);
				const coordinator: Record<string, unknown> = {};
				for (const [name, sql, params] of writes)
					coordinator[name] = await outcome(tx, sql, params);
				expect(coordinator).toEqual({
					'insert assignment': '1 rows',
					'move due date': '1 rows',
					// Its parts hold it (ON DELETE RESTRICT).
					'withdraw assignment': expect.toBeOneOf(RESTRICTED),
					'add owing division': '1 rows',
					'draft a part': '1 rows',
					'make lead': '1 rows',
					// Its evidence holds it.
					'remove a part': expect.toBeOneOf(RESTRICTED),
					'add evidence': '1 rows',
					'edit evidence': '1 rows',
					'remove evidence': '1 rows',
					comment: '1 rows',
					// Snapshots are written by the snapshot task only.
					snapshot: '42501'
				});
				await asUser(tx, f.user[who]);
				expect(
					await count(tx, `select count(*) as n from evidence where url like '%/by-reader'`)
				).toBe(1);
			});
		}
	);

	// ------------------------------------------------------------------- status machine

	type Outcome = '1 rows' | '0 rows' | '42501' | '23514';
	const ROLES = ['cA', 'sA1', 'sA2', 'eA', 'vA'] as const;
	const OK = '1 rows';
	const HIDDEN = '0 rows';
	const REFUSED = '42501';
	const CHECK = '23514';
	/** from, to, comment sent with the move, the state's own comment, outcome per role. */
	const MOVES: [string, string, string | null, string | null, Outcome[]][] = [
		['not_started', 'draft', null, null, [OK, OK, HIDDEN, HIDDEN, HIDDEN]],
		['draft', 'submitted', null, null, [OK, OK, HIDDEN, HIDDEN, HIDDEN]],
		// Withdrawing is the division's alone; the coordinator returns work with a comment instead.
		['submitted', 'draft', null, null, [REFUSED, OK, HIDDEN, HIDDEN, HIDDEN]],
		['not_started', 'submitted', null, null, [REFUSED, REFUSED, HIDDEN, HIDDEN, HIDDEN]],
		['draft', 'approved', null, null, [REFUSED, REFUSED, HIDDEN, HIDDEN, HIDDEN]],
		['not_started', 'approved', null, null, [REFUSED, REFUSED, HIDDEN, HIDDEN, HIDDEN]],
		['submitted', 'approved', null, null, [OK, REFUSED, HIDDEN, HIDDEN, HIDDEN]],
		['submitted', 'changes_requested', null, null, [CHECK, REFUSED, HIDDEN, HIDDEN, HIDDEN]],
		['submitted', 'changes_requested', '   ', null, [CHECK, REFUSED, HIDDEN, HIDDEN, HIDDEN]],
		['submitted', 'changes_requested', 'Fix the link', null, [OK, REFUSED, HIDDEN, HIDDEN, HIDDEN]],
		['changes_requested', 'draft', null, 'Fix the link', [OK, OK, HIDDEN, HIDDEN, HIDDEN]],
		// Returned work may be submitted again as it is.
		['changes_requested', 'submitted', null, 'Fix the link', [OK, OK, HIDDEN, HIDDEN, HIDDEN]],
		['approved', 'draft', null, null, [OK, REFUSED, HIDDEN, HIDDEN, HIDDEN]],
		['approved', 'submitted', null, null, [REFUSED, REFUSED, HIDDEN, HIDDEN, HIDDEN]]
	];

	it('status machine: every move of a D1 part as cA, sA1, sA2, eA and vA', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.sA1);
			const seen: Record<string, Record<string, string>> = {};
			const expected: Record<string, Record<string, string>> = {};
			for (const [from, to, comment, state, outcomes] of MOVES) {
				const move = `${from} → ${to}${comment === null ? '' : ` with ${JSON.stringify(comment)}`}`;
				seen[move] = {};
				expected[move] = {};
				for (const [i, who] of ROLES.entries()) {
					await asSuper(tx);
					await setStatus(tx, f.partA, from, state);
					await asUser(tx, f.user[who]);
					seen[move][who] = await outcome(
						tx,
						`update parts set status = $1, review_comment = coalesce($2, review_comment)
						where id = $3 returning id`,
						[to, comment, f.partA]
					);
					expected[move][who] = outcomes[i];
				}
			}
			expect(seen).toEqual(expected);
		});
	});

	it('status machine: the whole review loop through movePart records who and when', async () => {
		await rollback(db, async (tx) => {
			const move = async (who: Persona, action: StatusAction, comment?: string) => {
				await asUser(tx, f.user[who]);
				const version = await versionOf(tx, 'parts', f.partA);
				const ok = await movePart(tx, { orgId: f.orgA, partId: f.partA, version, action, comment });
				expect(ok, `${who} ${action}`).toBe(true);
				const [p] = await tx.query(
					`select status, review_comment, submitted_at is not null as submitted,
						reviewed_by from parts where id = $1`,
					[f.partA]
				);
				return p;
			};
			await asUser(tx, f.user.sA1);
			await startPart(tx, f.partA);
			expect(await move('sA1', 'submit')).toMatchObject({ submitted: true, reviewed_by: null });
			expect(await move('cA', 'request_changes', 'Link is broken')).toMatchObject({
				status: 'changes_requested',
				review_comment: 'Link is broken',
				reviewed_by: f.user.cA
			});
			// Returned work goes back for review without an edit in between.
			expect(await move('sA1', 'submit')).toMatchObject({ status: 'submitted' });
			expect(await move('sA1', 'withdraw')).toMatchObject({ status: 'draft' });
			await move('sA1', 'submit');
			expect(await move('cA', 'approve')).toMatchObject({
				status: 'approved',
				reviewed_by: f.user.cA
			});
			expect(await move('cA', 'reopen')).toMatchObject({ status: 'draft' });
			// A stale version moves nothing; an action that does not apply to the status neither.
			await asUser(tx, f.user.sA1);
			expect(
				await movePart(tx, { orgId: f.orgA, partId: f.partA, version: 1, action: 'submit' })
			).toBe(false);
			const version = await versionOf(tx, 'parts', f.partA);
			expect(
				await movePart(tx, { orgId: f.orgA, partId: f.partA, version, action: 'approve' })
			).toBe(false);
		});
	});

	/** What app.part_actions offers each person in each status: the buttons the page shows. */
	const OFFERED: Record<string, Record<(typeof ROLES)[number], StatusAction[]>> = {
		not_started: { cA: [], sA1: [], sA2: [], eA: [], vA: [] },
		draft: { cA: ['submit'], sA1: ['submit'], sA2: [], eA: [], vA: [] },
		submitted: { cA: ['approve', 'request_changes'], sA1: ['withdraw'], sA2: [], eA: [], vA: [] },
		approved: { cA: ['reopen'], sA1: [], sA2: [], eA: [], vA: [] },
		changes_requested: { cA: ['submit'], sA1: ['submit'], sA2: [], eA: [], vA: [] }
	};

	it('status machine: the actions the page is offered are exactly the moves the trigger lets through', async () => {
		await rollback(db, async (tx) => {
			const offered: Record<string, Record<string, StatusAction[]>> = {};
			for (const status of STATUSES) {
				offered[status] = {};
				const comment = status === 'changes_requested' ? 'Fix the link' : null;
				for (const who of ROLES) {
					await asSuper(tx);
					await setStatus(tx, f.partA, status, comment);
					await asUser(tx, f.user[who]);
					const [row] = await tx.query<{ actions: StatusAction[] }>(
						'select app.part_actions($1, $2) as actions',
						[f.orgA, f.partA]
					);
					offered[status][who] = row.actions;
					// Each action, offered or not, tried for real: it moves the part exactly when offered.
					for (const action of ACTIONS) {
						await tx.query('savepoint try');
						const version = await versionOf(tx, 'parts', f.partA);
						let moved: boolean | string;
						try {
							moved = await movePart(tx, {
								orgId: f.orgA,
								partId: f.partA,
								version,
								action,
								comment: 'Fix the link'
							});
						} catch (e) {
							moved = String((e as { code?: string }).code);
						}
						await tx.query('rollback to savepoint try');
						const what = `${status}: ${who} ${action}`;
						expect(moved === true, what).toBe(row.actions.includes(action));
					}
				}
			}
			expect(offered).toEqual(OFFERED);
		});
	});

	it('status machine: contributors change evidence only before submission, the coordinator until approval', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.sA1);
			const statuses: [string, string | null][] = [
				['not_started', null],
				['draft', null],
				['changes_requested', 'Fix the link'],
				['submitted', null],
				['approved', null]
			];
			const seen: Record<string, Record<string, string>> = {};
			for (const [status, comment] of statuses) {
				seen[status] = {};
				for (const who of ['sA1', 'cA'] as Persona[]) {
					await asSuper(tx);
					await setStatus(tx, f.partA, status, comment);
					await asUser(tx, f.user[who]);
					seen[status][`${who} add`] = await outcome(
						tx,
						`insert into evidence (org_id, part_id, kind, url) values ($1, $2, 'url', $3) returning id`,
						[f.orgA, f.partA, `https://agency.example/${who}-${status}`]
					);
					seen[status][`${who} edit`] = await outcome(
						tx,
						`update evidence set note = $1 where id = $2 returning id`,
						[`${who} ${status}`, f.evidenceA]
					);
					seen[status][`${who} remove`] = await outcome(
						tx,
						`update evidence set deleted_at = now() where id = $1 returning id`,
						[f.evidenceA]
					);
				}
			}
			const open = { 'sA1 add': OK, 'sA1 edit': OK, 'sA1 remove': OK };
			const coordinator = { 'cA add': OK, 'cA edit': OK, 'cA remove': OK };
			// A refused insert is a WITH CHECK failure (42501); a refused update finds no row (USING).
			const closed = { 'sA1 add': REFUSED, 'sA1 edit': HIDDEN, 'sA1 remove': HIDDEN };
			expect(seen).toEqual({
				not_started: { ...open, ...coordinator },
				draft: { ...open, ...coordinator },
				changes_requested: { ...open, ...coordinator },
				submitted: { ...closed, ...coordinator },
				approved: { ...closed, 'cA add': REFUSED, 'cA edit': HIDDEN, 'cA remove': HIDDEN }
			});
		});
	});

	// ------------------------------------------------------------ soft delete (R15, D09)

	it('R15/D09: the contributor and the coordinator soft-delete and restore evidence; nobody hard-deletes', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.sA1);
			await asSuper(tx);
			await setStatus(tx, f.partA, 'draft');
			const deletedAt = async () => {
				const [row] = await tx.query<{ deleted_at: Date | null }>(
					'select deleted_at from evidence where id = $1',
					[f.evidenceA]
				);
				return row?.deleted_at;
			};
			for (const [who, status] of [
				['sA1', 'draft'],
				['cA', 'submitted']
			] as [Persona, string][]) {
				await asSuper(tx);
				await setStatus(tx, f.partA, status);
				await asUser(tx, f.user[who]);
				const v = await versionOf(tx, 'evidence', f.evidenceA);
				expect(await setEvidenceDeleted(tx, f.orgA, f.evidenceA, v, true), `${who} removes`).toBe(
					true
				);
				// The row stays, flagged, and its author can still find it (the trash view).
				expect(await deletedAt()).toBeInstanceOf(Date);
				expect((await getEvidence(tx, f.evidenceA))?.deleted_at).toBeInstanceOf(Date);
				expect(
					await setEvidenceDeleted(tx, f.orgA, f.evidenceA, v + 1, false),
					`${who} restores`
				).toBe(true);
				expect(await deletedAt()).toBeNull();
				expect(await outcome(tx, 'delete from evidence where id = $1', [f.evidenceA])).toBe(
					'42501'
				);
			}
			const [privilege] = await tx.query(
				`select has_table_privilege('authenticated', 'public.evidence', 'DELETE') as authenticated,
					has_table_privilege('anon', 'public.evidence', 'DELETE') as anon`
			);
			expect(privilege).toEqual({ authenticated: false, anon: false });
			await asSuper(tx);
			expect(
				await count(tx, 'select count(*) as n from evidence where id = $1', [f.evidenceA])
			).toBe(1);
		});
	});

	// -------------------------------------------------------------------- data loss (D10)

	const CASCADES = `
		select c.relname || ' → ' || p.relname || ' (' || k.conname || ')' as v
		from pg_constraint k
		join pg_class c on c.oid = k.conrelid
		join pg_class p on p.oid = k.confrelid
		join pg_namespace n on n.oid = c.relnamespace
		where k.contype = 'f' and k.confdeltype = 'c' and n.nspname = 'public'
			and c.relname in ('evidence', 'parts', 'assignments', 'comments')
		order by 1`;

	it('D10: no ON DELETE CASCADE from the work tables; a part holding evidence cannot be deleted (23503)', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.cA);
			expect(await tx.query(CASCADES)).toEqual([]);
			// The work tables do reference their parents, all with RESTRICT.
			const [fks] = await tx.query<{ n: number; actions: string[] }>(
				`select count(*) as n, array_agg(distinct k.confdeltype::text) as actions
				from pg_constraint k join pg_class c on c.oid = k.conrelid
				where k.contype = 'f' and c.relname in ('evidence', 'parts', 'assignments', 'comments')
					and c.relnamespace = 'public'::regnamespace`
			);
			expect(Number(fks.n)).toBeGreaterThanOrEqual(6);
			expect(fks.actions).toEqual(['r']);

			await asSuper(tx);
			const d2 = await addD2Work(tx);
			const empty = await insertId(
				tx,
				`insert into divisions (org_id, name) values ($1, 'D3') returning id`,
				[f.orgA]
			);
			const bare = await insertId(
				tx,
				`insert into parts (org_id, assignment_id, division_id) values ($1, $2, $3) returning id`,
				[f.orgA, f.assignmentA, empty]
			);
			await asUser(tx, f.user.cA);
			expect(
				await outcome(tx, 'delete from parts where id = $1 returning id', [d2.part])
			).toBeOneOf(RESTRICTED);
			expect(
				await outcome(tx, 'delete from assignments where id = $1 returning id', [f.assignmentA])
			).toBeOneOf(RESTRICTED);
			// A part with nothing in it can go: the refusal above is the evidence's foreign key.
			expect(await outcome(tx, 'delete from parts where id = $1 returning id', [bare])).toBe(
				'1 rows'
			);
			expect(
				await count(tx, 'select count(*) as n from evidence where id = $1', [d2.evidence])
			).toBe(1);

			// The catalog check catches a cascade.
			await asSuper(tx);
			await tx.exec(`alter table public.comments add constraint canary_cascade
				foreign key (org_id, part_id) references public.parts (org_id, id) on delete cascade`);
			expect(await tx.query(CASCADES)).toEqual([{ v: 'comments → parts (canary_cascade)' }]);
		});
	});

	// ----------------------------------------------------------------- history (D05, D11)

	const HISTORY = `select org_id, actor, actor_label, table_name, record_id, op, old_data, new_data,
			at, pg_typeof(at)::text as at_type
		from audit_log where table_name = 'evidence' and record_id = $1 order by id`;

	it('D11: editing an evidence URL twice keeps all three URLs, with actor and UTC time', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.sA1);
			// A session in Bangkok time must not shift the recorded instants.
			await tx.query(`set local timezone = 'Asia/Bangkok'`);
			const urls = [1, 2, 3].map((n) => `https://agency.example/report-v${n}`);
			const id = await addEvidence(tx, f.orgA, f.partA, randomUUID(), input({ url: urls[0] }));
			expect(id).toEqual(expect.any(String));
			expect(await updateEvidence(tx, f.orgA, id!, 1, input({ url: urls[1] }))).toBe(true);
			expect(await updateEvidence(tx, f.orgA, id!, 2, input({ url: urls[2] }))).toBe(true);

			const history = await tx.query<Row & { at: Date; old_data: Row; new_data: Row }>(HISTORY, [
				id
			]);
			expect(history.map((h) => [h.op, h.old_data?.url ?? null, h.new_data.url])).toEqual([
				['INSERT', null, urls[0]],
				['UPDATE', urls[0], urls[1]],
				['UPDATE', urls[1], urls[2]]
			]);
			for (const h of history) {
				expect(h).toMatchObject({ actor: f.user.sA1, actor_label: f.user.sA1 });
				expect(h.at_type).toBe('timestamp with time zone');
				expect(h.at).toBeInstanceOf(Date);
				expect(Math.abs(h.at.getTime() - Date.now())).toBeLessThan(5 * 60_000);
			}
			// The stored instant reads as the same UTC wall time whatever the session's zone.
			const [utc] = await tx.query<{ utc: string }>(
				`select to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') as utc from audit_log
				where table_name = 'evidence' and record_id = $1 order by id limit 1`,
				[id]
			);
			expect(utc.utc).toBe(history[0].at.toISOString().slice(0, 19));
		});
	});

	it('D05: insert, update and soft delete of evidence by sA1 leave three complete audit rows', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.sA1);
			const id = await addEvidence(tx, f.orgA, f.partA, randomUUID(), input({ title: 'Plan' }));
			expect(id).toEqual(expect.any(String));
			expect(await updateEvidence(tx, f.orgA, id!, 1, input({ title: 'Plan', note: 'p. 3' }))).toBe(
				true
			);
			expect(await setEvidenceDeleted(tx, f.orgA, id!, 2, true)).toBe(true);

			const history = await tx.query<Row & { new_data: Row }>(HISTORY, [id]);
			expect(history).toHaveLength(3);
			const who = {
				org_id: f.orgA,
				actor: f.user.sA1,
				actor_label: f.user.sA1,
				table_name: 'evidence',
				record_id: id
			};
			expect(history[0]).toMatchObject({
				...who,
				op: 'INSERT',
				old_data: null,
				new_data: {
					id,
					org_id: f.orgA,
					part_id: f.partA,
					division_id: f.d1,
					title: 'Plan',
					created_by: f.user.sA1,
					deleted_at: null
				}
			});
			// Updates keep only the fields that changed (the version is not a change of content).
			expect(history[1]).toMatchObject({
				...who,
				op: 'UPDATE',
				old_data: { note: null },
				new_data: { note: 'p. 3' }
			});
			expect(Object.keys(history[1].new_data)).toEqual(['note']);
			expect(history[2]).toMatchObject({ ...who, op: 'UPDATE', old_data: { deleted_at: null } });
			expect(Object.keys(history[2].new_data)).toEqual(['deleted_at']);
			expect(history[2].new_data.deleted_at).toEqual(expect.any(String));
		});
	});

	it('audit redaction: an API token’s hash never reaches the audit log', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.cA);
			const hash = randomUUID().replaceAll('-', '') + 'cafe';
			const token = await insertId(
				tx,
				`insert into api_tokens (org_id, name, token_hash) values ($1, 'Dashboard feed', $2)
				returning id`,
				[f.orgA, hash]
			);
			await tx.query('update api_tokens set revoked_at = now() where id = $1', [token]);
			const history = await tx.query<{ op: string; actor: string; new_data: Row; old_data: Row }>(
				`select op, actor, old_data, new_data from audit_log
				where table_name = 'api_tokens' and record_id = $1 order by id`,
				[token]
			);
			expect(history.map((h) => h.op)).toEqual(['INSERT', 'UPDATE']);
			expect(history[0].actor).toBe(f.user.cA);
			expect(history[0].new_data).toMatchObject({ name: 'Dashboard feed', created_by: f.user.cA });
			expect(history[0].new_data).not.toHaveProperty('token_hash');
			expect(Object.keys(history[1].new_data)).toEqual(['revoked_at']);
			await asSuper(tx);
			expect(
				await count(
					tx,
					`select count(*) as n from audit_log
					where coalesce(old_data::text, '') || coalesce(new_data::text, '') like $1`,
					[`%${hash}%`]
				)
			).toBe(0);
			// Nor did the fixtures' tokens leave theirs.
			expect(
				await count(
					tx,
					`select count(*) as n from audit_log where table_name = 'api_tokens'
					and (new_data ? 'token_hash' or old_data ? 'token_hash')`
				)
			).toBe(0);
		});
	});

	// ------------------------------------------------------------------ sign-offs, comments

	it('sign-offs: only an executive signs, as themself; nobody edits or deletes one (42501)', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.eA);
			const sign = `insert into signoffs (org_id, cycle_id, confirmed_oit, approved_items)
				values ($1, $2, 50, 1) returning id`;
			for (const who of ['cA', 'sA1', 'vA'] as Persona[]) {
				await asUser(tx, f.user[who]);
				expect(await outcome(tx, sign, [f.orgA, f.cycleA]), who).toBe('42501');
			}
			await asUser(tx, f.user.eA);
			expect(
				await outcome(
					tx,
					`insert into signoffs (org_id, cycle_id, signed_by, confirmed_oit, approved_items)
					values ($1, $2, $3, 50, 1) returning id`,
					[f.orgA, f.cycleA, f.user.cA]
				)
			).toBe('42501');
			expect(await outcome(tx, sign, [f.orgB, f.cycleB])).toBe('42501');
			await signOff(tx, {
				orgId: f.orgA,
				cycleId: f.cycleA,
				oit: 61.5,
				ita: null,
				approved: 2,
				note: 'Ready',
				clientKey: randomUUID()
			});
			const [mine] = await tx.query(
				`select signed_by, confirmed_oit from signoffs where org_id = $1 and note = 'Ready'`,
				[f.orgA]
			);
			expect(mine).toEqual({ signed_by: f.user.eA, confirmed_oit: 61.5 });
			// The same form sent twice (a double click) records one sign-off.
			const twice = { orgId: f.orgA, cycleId: f.cycleA, oit: 40, ita: null, approved: 1 };
			const clientKey = randomUUID();
			await signOff(tx, { ...twice, note: 'Twice', clientKey });
			await signOff(tx, { ...twice, note: 'Twice', clientKey });
			const [{ n }] = await tx.query<{ n: number }>(
				`select count(*)::int as n from signoffs where org_id = $1 and note = 'Twice'`,
				[f.orgA]
			);
			expect(n).toBe(1);
			for (const who of ['cA', 'sA1', 'eA', 'vA'] as Persona[]) {
				await asUser(tx, f.user[who]);
				for (const sql of [
					`update signoffs set confirmed_oit = 100 where org_id = $1 returning id`,
					`update signoffs set signed_by = $2 where org_id = $1 returning id`,
					'delete from signoffs where org_id = $1 returning id'
				]) {
					const params = sql.includes('$2') ? [f.orgA, f.user.cA] : [f.orgA];
					expect(await outcome(tx, sql, params), `${who}: ${sql}`).toBe('42501');
				}
			}
			// The fixture's, 'Ready' and one 'Twice': nothing was edited away or deleted.
			expect(
				await count(tx, 'select count(*) as n from signoffs where org_id = $1', [f.orgA])
			).toBe(3);
		});
	});

	it('comments: sA1 comments on D1’s part, not on D2’s; the author is always the caller', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.sA1);
			await asSuper(tx);
			const d2 = await addD2Work(tx);
			await asUser(tx, f.user.sA1);
			const say = `insert into comments (org_id, part_id, body) values ($1, $2, $3) returning author`;
			expect(await tx.query(say, [f.orgA, f.partA, 'Uploaded the chart.'])).toEqual([
				{ author: f.user.sA1 }
			]);
			expect(await outcome(tx, say, [f.orgA, d2.part, 'Into D2'])).toBe('42501');
			expect(
				await outcome(
					tx,
					`insert into comments (org_id, part_id, body, author) values ($1, $2, 'Forged', $3)`,
					[f.orgA, f.partA, f.user.cA]
				)
			).toBe('42501');
			// Comments are never edited or removed through the API.
			expect(
				await outcome(tx, `update comments set body = 'Edited' where id = $1`, [f.commentA])
			).toBe('42501');
			expect(await outcome(tx, 'delete from comments where id = $1', [f.commentA])).toBe('42501');
			// The coordinator comments on both divisions; readers comment on neither.
			await asUser(tx, f.user.cA);
			for (const part of [f.partA, d2.part]) {
				expect(await outcome(tx, say, [f.orgA, part, 'Noted.'])).toBe('1 rows');
			}
			for (const who of ['eA', 'vA'] as Persona[]) {
				await asUser(tx, f.user[who]);
				expect(await outcome(tx, say, [f.orgA, f.partA, 'Hello']), who).toBe('42501');
			}
			await asSuper(tx);
			expect(
				await count(tx, `select count(*) as n from comments where body in ('Into D2', 'Forged')`)
			).toBe(0);
		});
	});

	it('readiness_snapshots: members read their organisation’s; nobody writes them through the API', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.sA1);
			const read = 'select count(*) as n from readiness_snapshots where org_id = $1';
			for (const who of ['cA', 'sA1', 'sA2', 'eA', 'vA'] as Persona[]) {
				await asUser(tx, f.user[who]);
				expect(await count(tx, read, [f.orgA]), who).toBe(1);
				expect(await count(tx, read, [f.orgB]), `${who} reads org B`).toBe(0);
			}
			await asUser(tx, f.user.sB1);
			expect(await count(tx, read, [f.orgA])).toBe(0);
			expect(await count(tx, read, [f.orgB])).toBe(1);
			for (const who of ['cA', 'eA'] as Persona[]) {
				await asUser(tx, f.user[who]);
				expect(
					await outcome(
						tx,
						`insert into readiness_snapshots (org_id, cycle_id, day, confirmed_oit, pipeline_oit,
							approved_items, submitted_items)
						values ($1, $2, '2022-02-02', 50, 60, 1, 1)`,
						[f.orgA, f.cycleA]
					),
					who
				).toBe('42501');
				expect(
					await outcome(
						tx,
						'update readiness_snapshots set confirmed_oit = 100 where org_id = $1',
						[f.orgA]
					)
				).toBe('42501');
				expect(
					await outcome(tx, 'delete from readiness_snapshots where org_id = $1', [f.orgA])
				).toBe('42501');
			}
		});
	});

	// ----------------------------------------------------------- double submit, races (D03, L03)

	it('D03: addEvidence twice with the same client key stores one row', async () => {
		await rollback(db, async (tx) => {
			await asUser(tx, f.user.sA1);
			const key = randomUUID();
			const before = await count(tx, 'select count(*) as n from evidence where part_id = $1', [
				f.partA
			]);
			const first = await addEvidence(tx, f.orgA, f.partA, key, input({ title: 'Once' }));
			const second = await addEvidence(tx, f.orgA, f.partA, key, input({ title: 'Twice' }));
			expect(first).toEqual(expect.any(String));
			expect(second).toBeNull();
			expect(await tx.query('select id, title from evidence where client_key = $1', [key])).toEqual(
				[{ id: first, title: 'Once' }]
			);
			expect(
				await count(tx, 'select count(*) as n from evidence where part_id = $1', [f.partA])
			).toBe(before + 1);
		});
	});

	// Defined for PostgreSQL only (not skipped elsewhere): PGlite cannot run transactions at once.
	if (target === 'postgres')
		it(
			'L03: 20 concurrent saves of one evidence row with the same version: 1 wins, 19 conflict ' +
				'(PostgreSQL only: PGlite runs one transaction at a time, so it cannot race)',
			async () => {
				const N = 20;
				const [{ d }] = await db.query<{ d: string }>('select current_database() as d');
				const url = new URL(process.env.TEST_DATABASE_URL!);
				url.pathname = '/' + d;
				const pool = openPostgres(url.toString(), N);
				const id = await asSystem(db, 'test-l03', (tx) =>
					insertId(
						tx,
						`insert into evidence (org_id, part_id, kind, url, title, created_by)
					values ($1, $2, 'url', 'https://agency.example/race', 'Race', $3) returning id`,
						[f.orgA, f.partA, f.user.sA1]
					)
				);
				try {
					const [{ version }] = await db.query<{ version: number }>(
						'select version from evidence where id = $1',
						[id]
					);
					// Every transaction is open, as sA1, before any of them writes.
					let arrived = 0;
					let release = () => {};
					const gate = new Promise<void>((resolve) => (release = resolve));
					const save = (i: number) =>
						withUser(pool, { sub: f.user.sA1, role: 'authenticated' }, async (tx) => {
							const [guard] = await tx.query(
								'select rolsuper, rolbypassrls from pg_roles where rolname = current_user'
							);
							expect(guard).toEqual({ rolsuper: false, rolbypassrls: false });
							if (++arrived === N) release();
							await gate;
							return updateEvidence(
								tx,
								f.orgA,
								id,
								version,
								input({ url: 'https://agency.example/race', title: 'Race', note: `Save ${i}` })
							);
						});
					const results = await Promise.all(Array.from({ length: N }, (_, i) => save(i)));
					expect(results.filter((r) => r)).toHaveLength(1);
					expect(results.filter((r) => !r)).toHaveLength(N - 1);
					const [row] = await db.query<{ version: number; note: string }>(
						'select version, note from evidence where id = $1',
						[id]
					);
					expect(row).toEqual({ version: version + 1, note: `Save ${results.indexOf(true)}` });
					expect(
						await count(
							db,
							`select count(*) as n from audit_log
						where table_name = 'evidence' and record_id = $1 and op = 'UPDATE'`,
							[id]
						)
					).toBe(1);
				} finally {
					await pool.close();
					await asSystem(db, 'test-l03-cleanup', async (tx) => {
						await tx.query('delete from evidence where id = $1', [id]);
						await tx.query(
							`delete from audit_log where table_name = 'evidence' and record_id = $1`,
							[id]
						);
					});
				}
			}
		);
});
