-- An organisation's yearly round of the assessment: which checklist it answers, its target and
-- estimates, and its calendar (the NACC's OIT window and the organisation's own internal deadline).

create table public.cycles (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null references public.organisations (id) on delete restrict,
	catalog_id uuid not null references public.catalogs (id) on delete restrict,
	fiscal_year integer not null check (fiscal_year between 2560 and 2700),
	target numeric(5, 2) not null default 85 check (target between 0 and 100),
	iit_estimate numeric(5, 2) check (iit_estimate between 0 and 100),
	eit_estimate numeric(5, 2) check (eit_estimate between 0 and 100),
	oit_opens date not null,
	oit_closes date not null,
	internal_deadline date not null,
	created_at timestamptz not null default now(),
	version integer not null default 1,
	unique (org_id, fiscal_year),
	unique (org_id, id),
	check (oit_closes >= oit_opens)
);
comment on table public.cycles is 'One organisation × one fiscal year: target (default 85), estimates and calendar.';
alter table public.cycles enable row level security;

create trigger cycles_version before update on public.cycles
	for each row execute function app.bump_version();

revoke insert, update, delete, truncate on public.cycles from anon, authenticated;
grant insert (org_id, catalog_id, fiscal_year, target, iit_estimate, eit_estimate, oit_opens,
	oit_closes, internal_deadline) on public.cycles to authenticated;
grant update (target, iit_estimate, eit_estimate, oit_opens, oit_closes, internal_deadline)
	on public.cycles to authenticated;

create policy "Members read their cycles" on public.cycles
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "Coordinators open cycles" on public.cycles
	for insert to authenticated with check ((select app.has_role(org_id, array['coordinator'])));
create policy "Coordinators edit cycles" on public.cycles
	for update to authenticated
	using ((select app.has_role(org_id, array['coordinator'])))
	with check ((select app.has_role(org_id, array['coordinator'])));
