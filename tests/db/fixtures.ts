/**
 * The test-plan personas (docs/test-plan.md, "Fixtures"), seeded once per test file right after
 * migrating, with the connection's own (superuser) privileges as the named system task `fixtures`.
 *
 * Org A (domain agency.example): divisions D1, D2; coordinator cA, contributor sA1 (bound to D1),
 * contributor sA2 (bound to D2), executive eA, viewer vA.
 * Org B: division DB; coordinator cB, contributor sB1 (bound to DB).
 * `outsider` has an account and a profile but no membership anywhere (for invitations).
 * Each organisation has a cycle for fiscal year 2565 on a minimal catalogue, and in it one assigned
 * item with one part (A: D1, B: DB) holding one piece of evidence and one comment by its contributor,
 * one readiness snapshot, one sign-off (A: by eA, B: by cB) and one API token made by the coordinator.
 * Each organisation's evidence has one link check, one accepted off-site URL and one finished
 * "check all" run. The coordinator and the contributor of each organisation have one notification (read, and its
 * e-mail settled), dedupe key 'fixture:<user>'. Each organisation has a 2566–2570 action plan with
 * one item owned by D1 (DB), its budget, target, risk and a submitted 6-month report, and one FY2565 integrity measure
 * whose one action is owned by its first division (A: D1, B: DB) and has one order as evidence.
 */
import { randomUUID } from 'node:crypto';
import { GRADE_SCHEME } from '../../src/lib/domain/scheme';
import { asSystem } from '../../src/lib/server/db/with-user';
import type { Database, Tx } from '../../src/lib/server/db/port';

export type Role = 'coordinator' | 'contributor' | 'executive' | 'viewer';
export type Persona = 'cA' | 'sA1' | 'sA2' | 'eA' | 'vA' | 'cB' | 'sB1';

export interface Fixtures {
	orgA: string;
	orgB: string;
	/** Top-level divisions: D1 and D2 in org A, DB in org B. */
	d1: string;
	d2: string;
	dB: string;
	/** auth.users ids (also profiles ids). */
	user: Record<Persona | 'outsider', string>;
	/** memberships ids. */
	membership: Record<Persona, string>;
	/** membership_divisions bindings as [membership_id, division_id]. */
	binding: Record<'sA1' | 'sA2' | 'sB1', [string, string]>;
	cycleA: string;
	cycleB: string;
	catalog: string;
	/** A shipped FY2566 edition, for opening a second round. */
	catalogNext: string;
	/** Org A's own (custom) FY2566 edition. */
	editionA: string;
	/** The catalogue item both cycles assign. */
	item: string;
	assignmentA: string;
	assignmentB: string;
	/** Parts owed by D1 (org A) and DB (org B). */
	partA: string;
	partB: string;
	evidenceA: string;
	evidenceB: string;
	commentA: string;
	commentB: string;
	signoffA: string;
	signoffB: string;
	tokenA: string;
	tokenB: string;
	/** The user ids of each organisation's people. */
	peopleA: string[];
	peopleB: string[];
}

/** Shaped like a bcrypt hash ($2a$, cost 10, 53 characters); no password matches it. */
const FAKE_BCRYPT = '$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy';

const PEOPLE: Record<Persona | 'outsider', { email: string; name: string }> = {
	cA: { email: 'ca@agency.example', name: 'Coordinator A' },
	sA1: { email: 'sa1@agency.example', name: 'Contributor A1' },
	sA2: { email: 'sa2@agency.example', name: 'Contributor A2' },
	eA: { email: 'ea@agency.example', name: 'Executive A' },
	vA: { email: 'va@agency.example', name: 'Viewer A' },
	cB: { email: 'cb@other.example', name: 'Coordinator B' },
	sB1: { email: 'sb1@other.example', name: 'Contributor B1' },
	outsider: { email: 'outsider@elsewhere.example', name: 'Outsider' }
};

export async function seedFixtures(db: Database): Promise<Fixtures> {
	return asSystem(db, 'fixtures', async (tx) => {
		const user = {} as Record<Persona | 'outsider', string>;
		for (const [key, p] of Object.entries(PEOPLE) as [
			Persona | 'outsider',
			(typeof PEOPLE)['cA']
		][]) {
			user[key] = randomUUID();
			await tx.query('insert into auth.users (id, email, encrypted_password) values ($1, $2, $3)', [
				user[key],
				p.email,
				FAKE_BCRYPT
			]);
			await tx.query('insert into public.profiles (id, full_name, email) values ($1, $2, $3)', [
				user[key],
				p.name,
				p.email
			]);
		}

		const orgA = await insertId(
			tx,
			`insert into public.organisations (name, org_type, province, domains)
			values ('Org A', 'pao', 'Chiang Mai', '{agency.example}') returning id`
		);
		const orgB = await insertId(
			tx,
			`insert into public.organisations (name, org_type, province, domains)
			values ('Org B', 'municipality', 'Lampang', '{other.example}') returning id`
		);

		const division = (org: string, name: string) =>
			insertId(tx, 'insert into public.divisions (org_id, name) values ($1, $2) returning id', [
				org,
				name
			]);
		const d1 = await division(orgA, 'D1');
		const d2 = await division(orgA, 'D2');
		const dB = await division(orgB, 'DB');

		const roles: Record<Persona, [string, Role]> = {
			cA: [orgA, 'coordinator'],
			sA1: [orgA, 'contributor'],
			sA2: [orgA, 'contributor'],
			eA: [orgA, 'executive'],
			vA: [orgA, 'viewer'],
			cB: [orgB, 'coordinator'],
			sB1: [orgB, 'contributor']
		};
		const membership = {} as Record<Persona, string>;
		for (const [key, [org, role]] of Object.entries(roles) as [Persona, [string, Role]][]) {
			membership[key] = await insertId(
				tx,
				'insert into public.memberships (org_id, user_id, role) values ($1, $2, $3) returning id',
				[org, user[key], role]
			);
		}

		const binding = {
			sA1: [membership.sA1, d1],
			sA2: [membership.sA2, d2],
			sB1: [membership.sB1, dB]
		} as Fixtures['binding'];
		for (const [key, [m, d]] of Object.entries(binding)) {
			await tx.query(
				'insert into public.membership_divisions (org_id, membership_id, division_id) values ($1, $2, $3)',
				[key === 'sB1' ? orgB : orgA, m, d]
			);
		}

		const catalog = await ensureCatalog(tx);
		const catalogNext = await insertEdition(tx, 2566, null);
		const editionA = await insertEdition(tx, 2566, orgA);
		const cycle = (org: string) =>
			insertId(
				tx,
				`insert into public.cycles (org_id, catalog_id, fiscal_year, oit_opens, oit_closes, internal_deadline)
				values ($1, $2, 2565, '2022-04-01', '2022-05-31', '2022-03-31') returning id`,
				[org, catalog]
			);
		const cycleA = await cycle(orgA);
		const cycleB = await cycle(orgB);

		const [{ id: item }] = await tx.query<{ id: string }>(
			'select id from public.catalog_items where catalog_id = $1 order by position limit 1',
			[catalog]
		);
		const work = async (org: string, cycleId: string, division: string, author: string) => {
			const assignment = await insertId(
				tx,
				`insert into public.assignments (org_id, cycle_id, item_id, due_date)
				values ($1, $2, $3, '2022-03-15') returning id`,
				[org, cycleId, item]
			);
			const part = await insertId(
				tx,
				`insert into public.parts (org_id, assignment_id, division_id, is_lead)
				values ($1, $2, $3, true) returning id`,
				[org, assignment, division]
			);
			const evidence = await insertId(
				tx,
				`insert into public.evidence (org_id, part_id, kind, url, title, created_by)
				values ($1, $2, 'url', 'https://agency.example/structure', 'Structure', $3) returning id`,
				[org, part, author]
			);
			const comment = await insertId(
				tx,
				`insert into public.comments (org_id, part_id, body, author)
				values ($1, $2, 'First draft is up.', $3) returning id`,
				[org, part, author]
			);
			return { assignment, part, evidence, comment };
		};
		const workA = await work(orgA, cycleA, d1, user.sA1);
		const workB = await work(orgB, cycleB, dB, user.sB1);

		const readiness = async (org: string, cycleId: string, signer: string, coordinator: string) => {
			await tx.query(
				`insert into public.readiness_snapshots (org_id, cycle_id, day, confirmed_oit, pipeline_oit,
					approved_items, submitted_items)
				values ($1, $2, '2022-02-01', 40, 55, 1, 1)`,
				[org, cycleId]
			);
			const signoff = await insertId(
				tx,
				`insert into public.signoffs (org_id, cycle_id, signed_by, confirmed_oit, approved_items)
				values ($1, $2, $3, 40, 1) returning id`,
				[org, cycleId, signer]
			);
			const token = await insertId(
				tx,
				`insert into public.api_tokens (org_id, name, token_hash, created_by)
				values ($1, 'Integration', $2, $3) returning id`,
				[org, randomUUID().replaceAll('-', ''), coordinator]
			);
			return { signoff, token };
		};
		for (const [org, cycleId, part, people] of [
			[orgA, cycleA, workA.part, [user.cA, user.sA1]],
			[orgB, cycleB, workB.part, [user.cB, user.sB1]]
		] as const) {
			for (const person of people)
				await tx.query(
					`insert into public.notifications (org_id, user_id, kind, cycle_id, part_id, dedupe_key,
						read_at, email_claimed_at)
					values ($1, $2, 'assigned', $3, $4, $5, now(), now())`,
					[org, person, cycleId, part, `fixture:${person}`]
				);
		}
		for (const [org, cycleId, evidence, coordinator] of [
			[orgA, cycleA, workA.evidence, user.cA],
			[orgB, cycleB, workB.evidence, user.cB]
		] as const) {
			await tx.query(
				`insert into public.link_checks (org_id, evidence_id, url, outcome, http_status, on_domain)
				select org_id, id, url, 'live', 200, true from public.evidence where id = $1`,
				[evidence]
			);
			await tx.query(
				`insert into public.link_exceptions (org_id, url, reason, accepted_by)
				values ($1, $2, 'A national e-service platform', $3)`,
				[org, `https://eservice.example/${org}`, coordinator]
			);
			await tx.query(
				`insert into public.link_check_runs (org_id, cycle_id, requested_by, total, done, finished_at)
				values ($1, $2, $3, 1, 1, now())`,
				[org, cycleId, coordinator]
			);
		}
		// One FY2565 integrity measure per organisation, its action owned by D1 (DB), with an order.
		for (const [org, division] of [
			[orgA, d1],
			[orgB, dB]
		] as const) {
			const measure = await insertId(
				tx,
				`insert into public.measures (org_id, fiscal_year, title) values ($1, 2565, 'ยกระดับ ITA') returning id`,
				[org]
			);
			const action = await insertId(
				tx,
				`insert into public.measure_actions (org_id, measure_id, method, timeframe_text, starts_on, ends_on)
				values ($1, $2, 'แต่งตั้งคณะกรรมการ', 'มกราคม ๒๕๖๕', '2022-01-01', '2022-01-31') returning id`,
				[org, measure]
			);
			await tx.query(
				`insert into public.measure_action_owners (org_id, action_id, division_id) values ($1, $2, $3)`,
				[org, action, division]
			);
			await tx.query(
				`insert into public.measure_evidence (org_id, action_id, kind, order_no, order_date)
				values ($1, $2, 'order', '59/2565', '2022-01-14')`,
				[org, action]
			);
		}
		// One 2566–2570 action plan per organisation: an item owned by D1 (DB) with a budget, a
		// target, a risk and a submitted 6-month report for 2566.
		for (const [org, division] of [
			[orgA, d1],
			[orgB, dB]
		] as const) {
			const plan = await insertId(
				tx,
				`insert into public.action_plans (org_id, title, first_year, last_year) values ($1, 'แผนป้องกันการทุจริต', 2566, 2570) returning id`,
				[org]
			);
			const item = await insertId(
				tx,
				`insert into public.plan_items (org_id, plan_id, position, number, dimension, mission, kind, title, owner_division_ids)
				values ($1, $2, 1, 1, 1, '1.1 จิตสำนึก', 'project', 'โครงการอบรม', $3) returning id`,
				[org, plan, [division]]
			);
			await tx.query(
				`insert into public.plan_budgets (org_id, item_id, fiscal_year, amount) values ($1, $2, 2566, 30000)`,
				[org, item]
			);
			await tx.query(
				`insert into public.plan_targets (org_id, plan_id, position, label, targets) values ($1, $2, 1, 'คะแนน ITA', '{"2566": "85"}')`,
				[org, plan]
			);
			await tx.query(
				`insert into public.plan_risks (org_id, plan_id, position, step, risk) values ($1, $2, 1, 'การจัดซื้อ', 'เอื้อประโยชน์')`,
				[org, plan]
			);
			await tx.query(
				`insert into public.plan_progress (org_id, item_id, fiscal_year, round, status, review) values ($1, $2, 2566, 'half', 'in_progress', 'submitted')`,
				[org, item]
			);
		}
		const readyA = await readiness(orgA, cycleA, user.eA, user.cA);
		const readyB = await readiness(orgB, cycleB, user.cB, user.cB);

		return {
			orgA,
			orgB,
			d1,
			d2,
			dB,
			user,
			membership,
			binding,
			cycleA,
			cycleB,
			catalog,
			catalogNext,
			editionA,
			item,
			assignmentA: workA.assignment,
			assignmentB: workB.assignment,
			partA: workA.part,
			partB: workB.part,
			evidenceA: workA.evidence,
			evidenceB: workB.evidence,
			commentA: workA.comment,
			commentB: workB.comment,
			signoffA: readyA.signoff,
			signoffB: readyB.signoff,
			tokenA: readyA.token,
			tokenB: readyB.token,
			peopleA: [user.cA, user.sA1, user.sA2, user.eA, user.vA],
			peopleB: [user.cB, user.sB1]
		};
	});
}

/**
 * The catalogue for fiscal year 2565 (any catalogue if a migration already loaded one). A new one
 * gets one row in each catalog_* table, so tests can tell "readable" from "empty".
 */
async function ensureCatalog(tx: Tx): Promise<string> {
	const [existing] = await tx.query<{ id: string }>(
		`select id from public.catalogs where org_id is null
		 order by (shipped_key = 'fy2565') desc, (fiscal_year = 2565) desc, fiscal_year limit 1`
	);
	return existing?.id ?? insertEdition(tx, 2565, null);
}

/** A one-item edition (o1 with one element): shipped when orgId is null, else the org's own. */
async function insertEdition(tx: Tx, fiscalYear: number, orgId: string | null): Promise<string> {
	const catalog = await insertId(
		tx,
		`insert into public.catalogs (fiscal_year, status, org_id, title_th, title_en, content_hash, scoring)
		values ($1::int, $2, $3, 'แบบ OIT ' || $1::int || ' (ทดสอบ)', 'OIT ' || $1::int || ' (test)', 'test', $4) returning id`,
		[fiscalYear, orgId ? 'custom' : 'official', orgId, JSON.stringify(GRADE_SCHEME)]
	);
	const indicator = await insertId(
		tx,
		`insert into public.catalog_indicators (catalog_id, code, name_th, name_en, position)
		values ($1, '9', 'การเปิดเผยข้อมูล', 'Disclosure', 1) returning id`,
		[catalog]
	);
	const sub = await insertId(
		tx,
		`insert into public.catalog_sub_indicators (catalog_id, indicator_id, code, name_th, name_en, position)
		values ($1, $2, '9.1', 'ข้อมูลพื้นฐาน', 'Basic information', 1) returning id`,
		[catalog, indicator]
	);
	const group = await insertId(
		tx,
		`insert into public.catalog_groups (sub_indicator_id, name_th, name_en, position)
		values ($1, 'ข้อมูลพื้นฐาน', 'Basic information', 1) returning id`,
		[sub]
	);
	const item = await insertId(
		tx,
		`insert into public.catalog_items (catalog_id, group_id, code, position, name_th, name_en, period_rule)
		values ($1, $2, 'o1', 1, 'โครงสร้าง', 'Structure', 'current') returning id`,
		[catalog, group]
	);
	await tx.query(
		`insert into public.catalog_elements (item_id, position, text_th) values ($1, 1, 'แผนผังแสดงโครงสร้าง')`,
		[item]
	);
	return catalog;
}

async function insertId(tx: Tx, sql: string, params?: unknown[]): Promise<string> {
	const [row] = await tx.query<{ id: string }>(sql, params);
	return row.id;
}
