import type { Database, Tx } from './db/port';
import { asSystem } from './db/with-user';
import { createAccount } from './auth/accounts';
import { insertOrganisation, lockSetup } from './orgs';
import { openCycle } from './cycles';
import { cycleOfYear } from './cycle-items';
import { recordSnapshot } from './snapshots';
import { defaultCalendar, itemDueDefaults } from '$lib/domain/cycle-calendar';
import { matchDivision, ownerModeOf, type NamedDivision } from '$lib/domain/owners';
import type { PeriodRule } from '$lib/domain/catalog';
import { phayaoOwners2565 } from '$lib/catalogs/phayao-fy2565-owners';
import { assign } from './assignments';
import { tellDemoStory } from './demo-story';
import { recordDemoLinks } from './demo-links';
import { loadDemoPlan } from './demo-plan';
import { recordDemoMeasures } from './demo-measures';
import type { Role } from './members';

/** The demo organisation: อบจ.พะเยา with its divisions as named in the seed documents. */
export const DEMO_PASSWORD = 'demo-2565-pass';
/** The demo reads as of mid-February 2565, a week before the internal deadline. */
export const DEMO_AS_OF = '2022-02-08';

export const DEMO_ACCOUNTS: { email: string; fullName: string; role: Role; division?: string }[] = [
	{ email: 'coordinator@demo.example', fullName: 'นางสาวพิมพ์ชนก ศรีวงศ์', role: 'coordinator' },
	{
		email: 'stat@demo.example',
		fullName: 'นายธนพล แก้วประเสริฐ',
		role: 'contributor',
		division: 'ฝ่ายสถิติข้อมูลและสารสนเทศ'
	},
	{
		email: 'finance@demo.example',
		fullName: 'นางวารุณี คำมูล',
		role: 'contributor',
		division: 'กองคลัง'
	},
	{ email: 'executive@demo.example', fullName: 'นายสมเกียรติ ธรรมรักษ์', role: 'executive' },
	{ email: 'viewer@demo.example', fullName: 'นางสาวอรุณี ทองคำ', role: 'viewer' }
];

/** Top-level divisions and their sections (ita-reference §6), with the other names documents use. */
export const DEMO_DIVISIONS: {
	name: string;
	aliases: string[];
	sections?: { name: string; aliases: string[] }[];
}[] = [
	{
		name: 'สำนักปลัด อบจ.',
		aliases: ['สำนักปลัด', 'สำนักปลัดองค์การบริหารส่วนจังหวัด'],
		sections: [
			{ name: 'ฝ่ายนิติการ', aliases: ['ฝ่ายนิติการ สำนักปลัด'] },
			{ name: 'ฝ่ายบริหารงานทั่วไป', aliases: ['ฝ่ายบริหารทั่วไป', 'ฝ่ายบริหารทั่วไป สำนักปลัด'] }
		]
	},
	{ name: 'กองการเจ้าหน้าที่', aliases: [] },
	{
		name: 'กองยุทธศาสตร์และงบประมาณ',
		aliases: ['กองยุทธศาสตร์และแผนงาน', 'กองยุทธศาสตร์'],
		sections: [
			{ name: 'ฝ่ายสถิติข้อมูลและสารสนเทศ', aliases: ['ฝ่ายสถิติ ข้อมูลและสารสนเทศ', 'ฝ่ายสถิติฯ'] },
			{ name: 'ฝ่ายตรวจติดตามและประเมินผล', aliases: [] }
		]
	},
	{ name: 'กองคลัง', aliases: [] },
	{ name: 'กองพัสดุและทรัพย์สิน', aliases: ['กองพัสดุ'] },
	{ name: 'สำนักงานเลขานุการ อบจ.', aliases: ['สำนักงานเลขานุการองค์การบริหารส่วนจังหวัด'] },
	{ name: 'กองสาธารณสุขและสิ่งแวดล้อม', aliases: [] },
	{ name: 'กองการศึกษา ศาสนา และวัฒนธรรม', aliases: ['กองการศึกษาฯ', 'กองการศึกษา'] },
	{ name: 'หน่วยตรวจสอบภายใน', aliases: ['หน่วยงานตรวจสอบภายใน'] }
];

/**
 * Loads the demo once (idempotent): organisation, divisions, one account per role, FY2565 cycle.
 * `whenEmpty` (the set-up page) refuses once an organisation of one's own exists: a real instance
 * gets the demo, its public password included, only when its operator starts it with DEMO=1.
 */
export async function loadDemo(
	db: Database,
	opts: { whenEmpty?: boolean } = {}
): Promise<'loaded' | 'present' | 'refused'> {
	return asSystem(db, 'demo', async (tx) => {
		const { closed } = await lockSetup(tx);
		if (closed && opts.whenEmpty) return 'refused';
		const [exists] = await tx.query('select 1 from public.organisations where is_demo');
		if (exists) return 'present';
		const orgId = await insertOrganisation(tx, {
			name: 'องค์การบริหารส่วนจังหวัดพะเยา',
			orgType: 'pao',
			province: 'พะเยา',
			domains: ['pyo.go.th'],
			isDemo: true
		});
		const divisionIds = await insertDivisions(tx, orgId);
		for (const account of DEMO_ACCOUNTS) {
			const userId = await createAccount(tx, { ...account, password: DEMO_PASSWORD });
			const [m] = await tx.query<{ id: string }>(
				'insert into public.memberships (org_id, user_id, role) values ($1, $2, $3) returning id',
				[orgId, userId, account.role]
			);
			if (account.division) {
				await tx.query(
					'insert into public.membership_divisions (org_id, membership_id, division_id) values ($1, $2, $3)',
					[orgId, m.id, divisionIds.get(account.division)]
				);
			}
		}
		const [{ id: catalogId }] = await tx.query<{ id: string }>(
			`select id from public.catalogs where shipped_key = 'fy2565'`
		);
		const cycleId = await openCycle(tx, {
			orgId,
			fiscalYear: 2565,
			catalogId,
			...defaultCalendar(2565)
		});
		await tx.query('update public.cycles set as_of = $2 where id = $1', [cycleId, DEMO_AS_OF]);
		await assignAsPhayaoDid(tx, orgId, cycleId, catalogId);
		await tellDemoStory(tx, orgId, cycleId, DEMO_AS_OF);
		await recordDemoLinks(tx, orgId, cycleId, DEMO_AS_OF);
		await loadDemoPlan(tx, orgId);
		await recordDemoMeasures(tx, orgId);
		// The story happened before its "as of" day, so its history does not carry today's date:
		// a part's changes are dated when it was reviewed or submitted, the rest four weeks earlier.
		await tx.query(
			`update public.audit_log l set at = least(
				coalesce(
					(select coalesce(p.reviewed_at, p.submitted_at) + interval '3 hours'
					 from public.parts p where l.table_name = 'parts' and p.id::text = l.record_id),
					($2::date - 28) + interval '2 hours'
				),
				($2::date - 1) + interval '3 hours'
			) where l.org_id = $1`,
			[orgId, DEMO_AS_OF]
		);
		await recordSnapshot(tx, (await cycleOfYear(tx, orgId, 2565))!);
		return 'loaded';
	});
}

/** Phayao's own FY2565 split of o1–o43 (004 lines 52–175), owners matched through aliases. */
async function assignAsPhayaoDid(
	tx: Tx,
	orgId: string,
	cycleId: string,
	catalogId: string
): Promise<void> {
	const divisions = await tx.query<NamedDivision & Record<string, unknown>>(
		'select id, name, aliases from public.divisions where org_id = $1',
		[orgId]
	);
	const items = await tx.query<{
		id: string;
		code: string;
		period_rule: PeriodRule;
	}>(
		`select i.id, i.code, i.period_rule from public.catalog_items i
		 join public.catalogs c on c.id = i.catalog_id where c.id = $1`,
		[catalogId]
	);
	const cycle = { fiscalYear: 2565, ...defaultCalendar(2565) };
	for (const item of items) {
		const owners = phayaoOwners2565[item.code];
		const mode = ownerModeOf(owners[0]) ?? 'divisions';
		const divisionIds =
			mode === 'divisions' ? owners.map((o) => matchDivision(o, divisions)!.id) : [];
		await assign(tx, {
			orgId,
			cycleId,
			itemId: item.id,
			ownerMode: mode,
			divisionIds,
			...itemDueDefaults(cycle, { periodRule: item.period_rule })
		});
	}
}

async function insertDivisions(tx: Tx, orgId: string): Promise<Map<string, string>> {
	const ids = new Map<string, string>();
	let position = 0;
	const add = async (name: string, aliases: string[], parentId: string | null) => {
		const [row] = await tx.query<{ id: string }>(
			`insert into public.divisions (org_id, parent_id, name, aliases, position)
			 values ($1, $2, $3, $4, $5) returning id`,
			[orgId, parentId, name, aliases, position++]
		);
		ids.set(name, row.id);
		return row.id;
	};
	for (const d of DEMO_DIVISIONS) {
		const id = await add(d.name, d.aliases, null);
		for (const s of d.sections ?? []) await add(s.name, s.aliases, id);
	}
	return ids;
}
