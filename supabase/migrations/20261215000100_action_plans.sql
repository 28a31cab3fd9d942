-- The anti-corruption action plan register (แผนปฏิบัติการป้องกันการทุจริต): a plan spans fiscal
-- years; its items (โครงการ / มาตรการ / กิจกรรม) sit under a มิติ and its ภารกิจ, carry a budget per
-- year and owner divisions; owner divisions report progress twice a year and the coordinator
-- reviews. The OIT asks for the plan and both progress reports every year.

create table public.action_plans (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null references public.organisations (id) on delete restrict,
	title text not null check (length(btrim(title)) between 1 and 300),
	first_year integer not null check (first_year between 2500 and 2700),
	last_year integer not null,
	stated_totals jsonb not null default '[]'::jsonb check (jsonb_typeof(stated_totals) = 'array'),
	created_at timestamptz not null default now(),
	version integer not null default 1,
	unique (org_id, id),
	check (last_year between first_year and first_year + 9)
);
comment on table public.action_plans is
	'An organisation''s anti-corruption action plan over fiscal years first_year..last_year (BE).';
comment on column public.action_plans.stated_totals is
	'The totals the source document prints (per มิติ and in all), kept to show where its items differ.';
alter table public.action_plans enable row level security;

create table public.plan_items (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null,
	plan_id uuid not null,
	dimension smallint not null check (dimension between 1 and 4),
	mission text not null check (length(btrim(mission)) between 1 and 1000),
	sub_mission text check (length(sub_mission) <= 1000),
	position integer not null check (position >= 1),
	number integer not null check (number between 1 and 999),
	kind text not null check (kind in ('project', 'measure', 'activity')),
	title text not null check (length(btrim(title)) between 1 and 1000),
	owner_label text check (length(owner_label) <= 500),
	owner_division_ids uuid[] not null default '{}',
	rationale text check (length(rationale) <= 8000),
	objectives text check (length(objectives) <= 8000),
	target_group text check (length(target_group) <= 4000),
	target_count integer check (target_count >= 0),
	method text check (length(method) <= 8000),
	period text check (length(period) <= 1000),
	outputs text check (length(outputs) <= 4000),
	outcomes text check (length(outcomes) <= 4000),
	created_at timestamptz not null default now(),
	version integer not null default 1,
	unique (plan_id, position),
	unique (org_id, id),
	foreign key (org_id, plan_id) references public.action_plans (org_id, id) on delete cascade
);
comment on column public.plan_items.number is
	'The number the plan gives the item (๑) … ๕๓)); plans do repeat one, so order is by position.';
comment on table public.plan_items is
	'One project, measure or activity of a plan, numbered within the plan, with its detail card '
	'(rationale, objectives, target group, method, period, outputs/outcomes = KPIs) and owners as written.';
create index plan_items_plan_idx on public.plan_items (org_id, plan_id);
create index plan_items_owners_idx on public.plan_items using gin (owner_division_ids);
alter table public.plan_items enable row level security;

create table public.plan_budgets (
	org_id uuid not null,
	item_id uuid not null,
	fiscal_year integer not null,
	amount numeric(14, 2) check (amount >= 0),
	unbudgeted boolean not null default false,
	primary key (item_id, fiscal_year),
	foreign key (org_id, item_id) references public.plan_items (org_id, id) on delete cascade,
	check (not (unbudgeted and amount is not null))
);
comment on table public.plan_budgets is
	'An item''s budget for one fiscal year: an amount in baht, or unbudgeted ("ไม่ใช้งบประมาณ"); '
	'no row means the plan left the year blank.';
alter table public.plan_budgets enable row level security;

create table public.plan_targets (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null,
	plan_id uuid not null,
	position smallint not null,
	label text not null check (length(btrim(label)) between 1 and 500),
	targets jsonb not null default '{}'::jsonb check (jsonb_typeof(targets) = 'object'),
	unique (plan_id, position),
	foreign key (org_id, plan_id) references public.action_plans (org_id, id) on delete cascade
);
comment on table public.plan_targets is
	'A plan-level KPI (ITA score, fewer corruption cases) with its target text per fiscal year.';
alter table public.plan_targets enable row level security;

create table public.plan_risks (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null,
	plan_id uuid not null,
	position smallint not null,
	step text not null check (length(btrim(step)) between 1 and 1000),
	risk text not null check (length(btrim(risk)) between 1 and 4000),
	level text check (length(level) <= 100),
	control text check (length(control) <= 4000),
	unique (plan_id, position),
	foreign key (org_id, plan_id) references public.action_plans (org_id, id) on delete cascade
);
comment on table public.plan_risks is
	'The plan''s corruption-risk register: work step, risk, level, control (evidence for the risk items).';
alter table public.plan_risks enable row level security;

create table public.plan_progress (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null,
	item_id uuid not null,
	fiscal_year integer not null,
	round text not null check (round in ('half', 'annual')),
	status text not null default 'not_started'
		check (status in ('not_started', 'in_progress', 'done', 'cancelled')),
	done_text text check (length(done_text) <= 8000),
	spent numeric(14, 2) check (spent >= 0),
	problems text check (length(problems) <= 4000),
	suggestions text check (length(suggestions) <= 4000),
	evidence_urls text[] not null default '{}'
		check (cardinality(evidence_urls) <= 20),
	review text not null default 'draft' check (review in ('draft', 'submitted', 'approved', 'returned')),
	review_comment text check (length(review_comment) <= 4000),
	updated_at timestamptz not null default now(),
	version integer not null default 1,
	unique (item_id, fiscal_year, round),
	unique (org_id, id),
	foreign key (org_id, item_id) references public.plan_items (org_id, id) on delete restrict,
	check (review <> 'returned' or coalesce(length(btrim(review_comment)), 0) > 0)
);
comment on table public.plan_progress is
	'What an item''s owners report for one fiscal year and round (half: 1 Oct–31 Mar; annual), '
	'and the coordinator''s review. An item with progress cannot be deleted.';
create index plan_progress_item_idx on public.plan_progress (org_id, item_id);
alter table public.plan_progress enable row level security;

-- A progress round must fall within its plan's years, and its URLs must be web addresses.
create or replace function app.check_plan_progress() returns trigger
language plpgsql
set search_path = ''
as $$
declare
	v_first integer;
	v_last integer;
begin
	select p.first_year, p.last_year into v_first, v_last
	from public.plan_items i join public.action_plans p on p.id = i.plan_id
	where i.id = new.item_id;
	if new.fiscal_year not between v_first and v_last then
		raise exception 'ปีงบประมาณ % อยู่นอกช่วงของแผน (% – %)', new.fiscal_year, v_first, v_last
			using errcode = '23514';
	end if;
	if exists (select 1 from unnest(new.evidence_urls) u where u !~* '^https?://[^\s/?#]+' or length(u) > 2048) then
		raise exception 'ลิงก์หลักฐานต้องขึ้นต้นด้วย http:// หรือ https://' using errcode = '23514';
	end if;
	new.updated_at := now();
	return new;
end;
$$;
comment on function app.check_plan_progress() is
	'Refuses progress for a year outside the plan and evidence that is not a web address.';
create trigger plan_progress_check before insert or update on public.plan_progress
	for each row execute function app.check_plan_progress();

-- Owner divisions must belong to the plan's organisation.
create or replace function app.check_plan_owners() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if exists (
		select 1 from unnest(new.owner_division_ids) d
		where not exists (select 1 from public.divisions v where v.id = d and v.org_id = new.org_id)
	) then
		raise exception 'ส่วนราชการผู้รับผิดชอบไม่ได้อยู่ในหน่วยงานนี้' using errcode = '23503';
	end if;
	return new;
end;
$$;
comment on function app.check_plan_owners() is 'Owner divisions of a plan item come from its own organisation.';
create trigger plan_items_owners before insert or update of owner_division_ids on public.plan_items
	for each row execute function app.check_plan_owners();

create or replace function app.owns_plan_item(p_org uuid, p_item uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
	select exists (
		select 1 from public.plan_items i
		where i.id = p_item and i.org_id = p_org
			and exists (select 1 from unnest(i.owner_division_ids) d where app.in_division(p_org, d))
	)
$$;
comment on function app.owns_plan_item(uuid, uuid) is
	'True when the caller is a contributor of one of the item''s owner divisions.';
revoke execute on function app.owns_plan_item(uuid, uuid), app.check_plan_progress(),
	app.check_plan_owners() from public;
grant execute on function app.owns_plan_item(uuid, uuid) to authenticated;

create trigger action_plans_audit after insert or update or delete on public.action_plans
	for each row execute function app.audit_row('org_id');
create trigger plan_items_audit after insert or update or delete on public.plan_items
	for each row execute function app.audit_row('org_id');
create trigger plan_progress_audit after insert or update or delete on public.plan_progress
	for each row execute function app.audit_row('org_id');
create trigger action_plans_version before update on public.action_plans
	for each row execute function app.bump_version();
create trigger plan_items_version before update on public.plan_items
	for each row execute function app.bump_version();
create trigger plan_progress_version before update on public.plan_progress
	for each row execute function app.bump_version();

-- Column rules: the coordinator writes the plan; owners write progress but not its review.
revoke insert, update, delete, truncate on public.action_plans, public.plan_items, public.plan_budgets,
	public.plan_targets, public.plan_risks, public.plan_progress from anon, authenticated;
grant insert (org_id, title, first_year, last_year, stated_totals), update (title), delete
	on public.action_plans to authenticated;
grant insert (org_id, plan_id, position, dimension, mission, sub_mission, number, kind, title, owner_label,
	owner_division_ids, rationale, objectives, target_group, target_count, method, period, outputs, outcomes),
	update (position, number, dimension, mission, sub_mission, kind, title, owner_label, owner_division_ids, rationale,
	objectives, target_group, target_count, method, period, outputs, outcomes), delete
	on public.plan_items to authenticated;
grant insert (org_id, item_id, fiscal_year, amount, unbudgeted), update (amount, unbudgeted), delete
	on public.plan_budgets to authenticated;
grant insert (org_id, plan_id, position, label, targets), update (label, targets), delete
	on public.plan_targets to authenticated;
grant insert (org_id, plan_id, position, step, risk, level, control), update (step, risk, level, control),
	delete on public.plan_risks to authenticated;
grant insert (org_id, item_id, fiscal_year, round, status, done_text, spent, problems, suggestions,
	evidence_urls, review), update (status, done_text, spent, problems, suggestions, evidence_urls,
	review, review_comment) on public.plan_progress to authenticated;

create policy "Members read plans" on public.action_plans
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "Coordinators add plans" on public.action_plans
	for insert to authenticated with check ((select app.has_role(org_id, array['coordinator'])));
create policy "Coordinators rename plans" on public.action_plans
	for update to authenticated
	using ((select app.has_role(org_id, array['coordinator'])))
	with check ((select app.has_role(org_id, array['coordinator'])));
create policy "Coordinators remove plans" on public.action_plans
	for delete to authenticated using ((select app.has_role(org_id, array['coordinator'])));

create policy "Members read plan items" on public.plan_items
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "Coordinators add plan items" on public.plan_items
	for insert to authenticated with check ((select app.has_role(org_id, array['coordinator'])));
create policy "Coordinators change plan items" on public.plan_items
	for update to authenticated
	using ((select app.has_role(org_id, array['coordinator'])))
	with check ((select app.has_role(org_id, array['coordinator'])));
create policy "Coordinators remove plan items" on public.plan_items
	for delete to authenticated using ((select app.has_role(org_id, array['coordinator'])));

create policy "Members read plan budgets" on public.plan_budgets
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "Coordinators set plan budgets" on public.plan_budgets
	for all to authenticated
	using ((select app.has_role(org_id, array['coordinator'])))
	with check ((select app.has_role(org_id, array['coordinator'])));

create policy "Members read plan targets" on public.plan_targets
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "Coordinators set plan targets" on public.plan_targets
	for all to authenticated
	using ((select app.has_role(org_id, array['coordinator'])))
	with check ((select app.has_role(org_id, array['coordinator'])));

create policy "Members read plan risks" on public.plan_risks
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "Coordinators set plan risks" on public.plan_risks
	for all to authenticated
	using ((select app.has_role(org_id, array['coordinator'])))
	with check ((select app.has_role(org_id, array['coordinator'])));

create policy "Members read plan progress" on public.plan_progress
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "Owners and the coordinator start a progress report" on public.plan_progress
	for insert to authenticated
	with check (
		review in ('draft', 'submitted') and (
			(select app.has_role(org_id, array['coordinator'])) or (select app.owns_plan_item(org_id, item_id))
		)
	);
create policy "Owners edit an open report; the coordinator reviews" on public.plan_progress
	for update to authenticated
	using (
		(select app.has_role(org_id, array['coordinator']))
		or (review <> 'approved' and (select app.owns_plan_item(org_id, item_id)))
	)
	with check (
		(select app.has_role(org_id, array['coordinator']))
		or (review in ('draft', 'submitted') and (select app.owns_plan_item(org_id, item_id)))
	);
