// The national data set of the scale benchmark, loaded set-based (`insert … select
// generate_series`) as the database owner: organisations numbered 1 to N, each with one coordinator, six
// divisions and the FY2565 round of the shipped checklist, every item assigned (one part each)
// with three evidence links, the newest link check of the first, an accepted off-site link, 30 days of readiness history, a
// sign-off, and the change history of all of it. Ids are md5s of their position, so every
// organisation's rows are the same whichever others the database holds. Triggers are off while loading (the audit rows
// are written here, set-based, as the triggers would have written them one by one).

const DIVISIONS = 6;
const LINKS = 3;
const DAYS = 30;

/** The uuid of a row: `id('o', 'n')` is the SQL of organisation n's id. */
const id = (kind, ...parts) => `md5('${kind}' || ${parts.join(` || '.' || `)})::uuid`;

/** [label, SQL] in order; organisations $1 to $2 (numbers) are loaded. */
export const steps = [
	[
		'organisations',
		`insert into public.organisations (id, name, org_type, province, domains)
		 select ${id('o', 'n')}, 'อปท. ที่ ' || n, (array['pao', 'municipality', 'sao'])[1 + n % 3],
			'จังหวัด ' || (1 + n % 76), array['www.org' || n || '.go.th']
		 from generate_series($1::int, $2::int) n`
	],
	[
		'users, profiles, memberships',
		`with u as (
			insert into auth.users (id, email, encrypted_password)
			select ${id('u', 'n')}, 'coordinator' || n || '@bench.example', '!' from generate_series($1::int, $2::int) n
			returning id, email
		), p as (
			insert into public.profiles (id, full_name, email) select id, 'ผู้ประสานงาน', email from u
		)
		insert into public.memberships (org_id, user_id, role)
		select ${id('o', 'n')}, ${id('u', 'n')}, 'coordinator' from generate_series($1::int, $2::int) n`
	],
	[
		'divisions',
		`insert into public.divisions (id, org_id, name, position)
		 select ${id('d', 'n', 'k')}, ${id('o', 'n')}, 'กองที่ ' || k, k
		 from generate_series($1::int, $2::int) n, generate_series(0, ${DIVISIONS - 1}) k`
	],
	[
		'rounds',
		`insert into public.cycles (id, org_id, catalog_id, fiscal_year, oit_opens, oit_closes,
			internal_deadline, as_of)
		 select ${id('c', 'n')}, ${id('o', 'n')}, (select id from public.catalogs where shipped_key = 'fy2565'),
			2565, '2022-04-01', '2022-04-30', '2022-03-15', '2022-02-15'
		 from generate_series($1::int, $2::int) n`
	],
	[
		'assignments',
		`insert into public.assignments (id, org_id, cycle_id, item_id, due_date, created_at)
		 select ${id('a', 'n', 'i.position')}, ${id('o', 'n')}, ${id('c', 'n')}, i.id,
			date '2022-03-01' + i.position, timestamptz '2021-11-01 09:00+07' + i.position * interval '1 hour'
		 from generate_series($1::int, $2::int) n,
			public.catalog_items i join public.catalogs c on c.id = i.catalog_id and c.shipped_key = 'fy2565'`
	],
	[
		'parts',
		`insert into public.parts (id, org_id, assignment_id, division_id, is_lead, status, created_at)
		 select ${id('p', 'n', 'i.position')}, ${id('o', 'n')}, ${id('a', 'n', 'i.position')},
			${id('d', 'n', `i.position % ${DIVISIONS}`)}, true,
			(array['not_started', 'draft', 'submitted', 'approved'])[1 + (n + i.position) % 4],
			timestamptz '2021-11-01 10:00+07' + i.position * interval '1 hour'
		 from generate_series($1::int, $2::int) n,
			public.catalog_items i join public.catalogs c on c.id = i.catalog_id and c.shipped_key = 'fy2565'`
	],
	[
		'evidence',
		`insert into public.evidence (id, org_id, part_id, division_id, url, title, element_positions,
			created_by, created_at)
		 select ${id('e', 'n', 'i.position', 'k')}, ${id('o', 'n')}, ${id('p', 'n', 'i.position')},
			${id('d', 'n', `i.position % ${DIVISIONS}`)},
			'https://www.org' || n || '.go.th/ita/' || i.code || '/' || k, 'เอกสาร ' || i.code || ' ' || k,
			case when k = 1 then array(select e.position::smallint from public.catalog_elements e
				where e.item_id = i.id order by e.position) else '{}' end,
			${id('u', 'n')}, timestamptz '2021-12-01 09:00+07' + (i.position * ${LINKS} + k) * interval '1 hour'
		 from generate_series($1::int, $2::int) n, generate_series(1, ${LINKS}) k,
			public.catalog_items i join public.catalogs c on c.id = i.catalog_id and c.shipped_key = 'fy2565'`
	],
	[
		'link checks',
		`insert into public.link_checks (org_id, evidence_id, url, checked_at, outcome, http_status, on_domain,
			year_check)
		 select e.org_id, e.id, e.url, e.created_at + interval '1 day', 'live', 200, true, 'found'
		 from public.evidence e where e.url like '%/1'`
	],
	[
		'accepted off-site links',
		`insert into public.link_exceptions (org_id, url, reason, accepted_by, accepted_at)
		 select ${id('o', 'n')}, 'https://info.dla.go.th/org' || n, 'ระบบกลางของกรมส่งเสริมการปกครองท้องถิ่น',
			${id('u', 'n')}, '2021-12-01 09:00+07'
		 from generate_series($1::int, $2::int) n`
	],
	[
		'readiness history',
		`insert into public.readiness_snapshots (org_id, cycle_id, day, confirmed_oit, pipeline_oit,
			approved_items, submitted_items)
		 select ${id('o', 'n')}, ${id('c', 'n')}, date '2022-02-15' - d, 40 - d / 2.0, 60 - d / 2.0, 10, 10
		 from generate_series($1::int, $2::int) n, generate_series(0, ${DAYS - 1}) d`
	],
	[
		'sign-offs',
		`insert into public.signoffs (org_id, cycle_id, signed_by, signed_at, confirmed_oit,
			approved_items)
		 select ${id('o', 'n')}, ${id('c', 'n')}, ${id('u', 'n')}, '2022-02-10 15:00+07', 38.5, 10
		 from generate_series($1::int, $2::int) n`
	],
	[
		'change history',
		`insert into public.audit_log (org_id, actor, actor_label, table_name, record_id, op, new_data, at)
		 select org_id, null::uuid, 'system:bench', 'assignments', id::text, 'INSERT', to_jsonb(a), created_at
			from public.assignments a
		 union all
		 select org_id, null::uuid, 'system:bench', 'parts', id::text, 'INSERT', to_jsonb(p), created_at
			from public.parts p
		 union all
		 select org_id, created_by, created_by::text, 'evidence', id::text, 'INSERT', to_jsonb(e), created_at
			from public.evidence e
		 union all
		 select org_id, signed_by, signed_by::text, 'signoffs', id::text, 'INSERT', to_jsonb(s), signed_at
			from public.signoffs s`
	]
];

/** The tables the data set fills, for the row count. */
export const tables = [
	'public.organisations',
	'auth.users',
	'public.profiles',
	'public.memberships',
	'public.divisions',
	'public.cycles',
	'public.assignments',
	'public.parts',
	'public.evidence',
	'public.link_checks',
	'public.link_exceptions',
	'public.readiness_snapshots',
	'public.signoffs',
	'public.audit_log'
];

/** Loads organisations `first` to `last` with a pg client; returns [step, ms] of each step. */
export async function loadScale(client, first, last) {
	const times = [];
	await client.query('set session_replication_role = replica');
	for (const [label, sql] of steps) {
		const t0 = performance.now();
		await client.query(sql, sql.includes('$1') ? [first, last] : []);
		times.push([label, performance.now() - t0]);
	}
	await client.query('set session_replication_role = origin');
	const t0 = performance.now();
	await client.query('vacuum analyze');
	times.push(['vacuum analyze', performance.now() - t0]);
	return times;
}

export const coordinatorOf = (n) => ({ email: `coordinator${n}@bench.example` });
