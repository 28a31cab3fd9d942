-- Integrity measures (มาตรการส่งเสริมคุณธรรมและความโปร่งใส): each fiscal year the organisation
-- analyses last year's ITA result and sets measures, each carried out through actions owned by
-- divisions, and later reports each action's result. The OIT asks for the measures (FY2565 o42)
-- and their results (o43). Coordinators write the measures; an action's owning divisions report
-- its result, status and evidence; everyone in the organisation reads.

create table public.measures (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null references public.organisations (id) on delete restrict,
	fiscal_year integer not null check (fiscal_year between 2500 and 2700),
	position integer not null default 0,
	title text not null check (length(btrim(title)) between 1 and 1000),
	weakness text check (length(weakness) <= 4000),
	improvement text check (length(improvement) <= 4000),
	created_at timestamptz not null default now(),
	version integer not null default 1,
	unique (org_id, id)
);
comment on table public.measures is
	'A measure (มาตรการ/แนวทาง) an organisation sets for a Buddhist-era fiscal year, with the weakness '
	'in last year''s ITA result it answers and the improvement it aims at. Listed by position.';
create index measures_org_year_idx on public.measures (org_id, fiscal_year, position);
alter table public.measures enable row level security;

create table public.measure_actions (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null,
	measure_id uuid not null,
	position integer not null default 0,
	method text not null check (length(btrim(method)) between 1 and 4000),
	all_divisions boolean not null default false,
	owner_label text check (length(owner_label) <= 500),
	timeframe_text text check (length(timeframe_text) <= 200),
	starts_on date,
	ends_on date,
	result text check (length(result) <= 8000),
	suggestion text check (length(suggestion) <= 4000),
	status text not null default 'planned'
		check (status in ('planned', 'in_progress', 'done', 'not_done')),
	created_at timestamptz not null default now(),
	version integer not null default 1,
	unique (org_id, id),
	foreign key (org_id, measure_id) references public.measures (org_id, id) on delete cascade,
	check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
comment on table public.measure_actions is
	'One way a measure is carried out (วิธีการดำเนินการ): who does it (owning divisions, or every '
	'division; owner_label as the document writes it), when (timeframe_text as written, starts_on/'
	'ends_on as read from it, ends_on null for "onwards"), and what came of it (result, suggestion, status).';
create index measure_actions_measure_idx on public.measure_actions (org_id, measure_id, position);
alter table public.measure_actions enable row level security;

create table public.measure_action_owners (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null,
	action_id uuid not null,
	division_id uuid not null,
	unique (action_id, division_id),
	foreign key (org_id, action_id) references public.measure_actions (org_id, id) on delete cascade,
	foreign key (org_id, division_id) references public.divisions (org_id, id) on delete restrict
);
comment on table public.measure_action_owners is
	'The divisions that own an action: their contributors report its result. Composite keys keep the '
	'action and the division in the same organisation.';
create index measure_action_owners_division_idx on public.measure_action_owners (org_id, division_id);
alter table public.measure_action_owners enable row level security;

create table public.measure_evidence (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null,
	action_id uuid not null,
	kind text not null check (kind in ('order', 'url')),
	order_no text check (length(btrim(order_no)) between 1 and 100),
	order_date date,
	url text check (url is null or (length(url) <= 2048 and url ~* '^https?://[^\s/?#]+')),
	title text check (length(title) <= 300),
	created_by uuid default auth.uid(),
	created_at timestamptz not null default now(),
	foreign key (org_id, action_id) references public.measure_actions (org_id, id) on delete cascade,
	check ((kind = 'order') = (order_no is not null)),
	check ((kind = 'url') = (url is not null)),
	check (kind = 'order' or order_date is null)
);
comment on table public.measure_evidence is
	'What shows an action was done: an order (คำสั่ง, its number and date) or a URL on the agency '
	'website. Added and removed, never edited.';
create index measure_evidence_action_idx on public.measure_evidence (org_id, action_id);
alter table public.measure_evidence enable row level security;

-- Who reports on an action: a contributor bound to one of its owning divisions, or any
-- contributor when the action belongs to every division.
create or replace function app.owns_measure_action(p_org uuid, p_action uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
	select exists (
		select 1 from public.measure_actions a
		where a.id = p_action and a.org_id = p_org and (
			(a.all_divisions and app.has_role(p_org, array['contributor']))
			or exists (
				select 1 from public.measure_action_owners o
				where o.action_id = a.id and app.in_division(p_org, o.division_id)
			)
		)
	)
$$;
comment on function app.owns_measure_action(uuid, uuid) is
	'True when the caller is a contributor of a division owning the action (any contributor when it belongs to all divisions).';
revoke execute on function app.owns_measure_action(uuid, uuid) from public;
grant execute on function app.owns_measure_action(uuid, uuid) to authenticated;

-- Row policies do not protect columns: an owning division may change only what it reports.
create or replace function app.check_measure_action_change() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if (select auth.uid()) is null or app.has_role(new.org_id, array['coordinator']) then
		return new;
	end if;
	if (new.measure_id, new.position, new.method, new.all_divisions, new.owner_label,
		new.timeframe_text, new.starts_on, new.ends_on)
		is distinct from (old.measure_id, old.position, old.method, old.all_divisions,
		old.owner_label, old.timeframe_text, old.starts_on, old.ends_on) then
		raise exception 'only the coordinator changes the plan of an action' using errcode = '42501';
	end if;
	return new;
end
$$;
comment on function app.check_measure_action_change() is
	'Lets owning divisions change only result, suggestion and status of an action; the rest is the coordinator''s.';
create trigger measure_actions_columns before update on public.measure_actions
	for each row execute function app.check_measure_action_change();

create trigger measures_version before update on public.measures
	for each row execute function app.bump_version();
create trigger measure_actions_version before update on public.measure_actions
	for each row execute function app.bump_version();

create trigger measures_audit after insert or update or delete on public.measures
	for each row execute function app.audit_row('org_id');
create trigger measure_actions_audit after insert or update or delete on public.measure_actions
	for each row execute function app.audit_row('org_id');
create trigger measure_action_owners_audit after insert or delete on public.measure_action_owners
	for each row execute function app.audit_row('org_id');
create trigger measure_evidence_audit after insert or delete on public.measure_evidence
	for each row execute function app.audit_row('org_id');

-- Column rules: nobody moves a row to another organisation or edits ids and versions.
revoke insert, update, delete, truncate on public.measures from anon, authenticated;
grant insert (org_id, fiscal_year, position, title, weakness, improvement) on public.measures to authenticated;
grant update (position, title, weakness, improvement) on public.measures to authenticated;
grant delete on public.measures to authenticated;

revoke insert, update, delete, truncate on public.measure_actions from anon, authenticated;
grant insert (org_id, measure_id, position, method, all_divisions, owner_label, timeframe_text,
	starts_on, ends_on, result, suggestion, status) on public.measure_actions to authenticated;
grant update (measure_id, position, method, all_divisions, owner_label, timeframe_text, starts_on,
	ends_on, result, suggestion, status) on public.measure_actions to authenticated;
grant delete on public.measure_actions to authenticated;

revoke insert, update, delete, truncate on public.measure_action_owners from anon, authenticated;
grant insert (org_id, action_id, division_id) on public.measure_action_owners to authenticated;
grant delete on public.measure_action_owners to authenticated;

revoke insert, update, delete, truncate on public.measure_evidence from anon, authenticated;
grant insert (org_id, action_id, kind, order_no, order_date, url, title) on public.measure_evidence to authenticated;
grant delete on public.measure_evidence to authenticated;

-- Policies
create policy "Members read measures" on public.measures
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "Coordinators set measures" on public.measures
	for insert to authenticated with check ((select app.has_role(org_id, array['coordinator'])));
create policy "Coordinators edit measures" on public.measures
	for update to authenticated
	using ((select app.has_role(org_id, array['coordinator'])))
	with check ((select app.has_role(org_id, array['coordinator'])));
create policy "Coordinators remove measures" on public.measures
	for delete to authenticated using ((select app.has_role(org_id, array['coordinator'])));

create policy "Members read measure actions" on public.measure_actions
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "Coordinators add measure actions" on public.measure_actions
	for insert to authenticated with check ((select app.has_role(org_id, array['coordinator'])));
create policy "Coordinators and owning divisions update measure actions" on public.measure_actions
	for update to authenticated
	using ((select app.has_role(org_id, array['coordinator'])) or (select app.owns_measure_action(org_id, id)))
	with check ((select app.has_role(org_id, array['coordinator'])) or (select app.owns_measure_action(org_id, id)));
create policy "Coordinators remove measure actions" on public.measure_actions
	for delete to authenticated using ((select app.has_role(org_id, array['coordinator'])));

create policy "Members read action owners" on public.measure_action_owners
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "Coordinators give actions to divisions" on public.measure_action_owners
	for insert to authenticated with check ((select app.has_role(org_id, array['coordinator'])));
create policy "Coordinators take actions from divisions" on public.measure_action_owners
	for delete to authenticated using ((select app.has_role(org_id, array['coordinator'])));

create policy "Members read measure evidence" on public.measure_evidence
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "Coordinators and owning divisions add measure evidence" on public.measure_evidence
	for insert to authenticated
	with check ((select app.has_role(org_id, array['coordinator'])) or (select app.owns_measure_action(org_id, action_id)));
create policy "Coordinators and owning divisions remove measure evidence" on public.measure_evidence
	for delete to authenticated
	using ((select app.has_role(org_id, array['coordinator'])) or (select app.owns_measure_action(org_id, action_id)));
