-- Organisations, their divisions, people and roles. Everything here is scoped to one organisation
-- and guarded by RLS; roles are rows in `memberships`, looked up on every query (never read from
-- the session claims), so removing a membership takes effect on the next request.

create table public.organisations (
	id uuid primary key default gen_random_uuid(),
	name text not null check (length(btrim(name)) between 2 and 200),
	org_type text not null check (org_type in ('pao', 'municipality', 'sao')),
	province text not null check (length(btrim(province)) between 2 and 100),
	domains text[] not null default '{}' check (app.valid_domains(domains)),
	is_demo boolean not null default false,
	created_at timestamptz not null default now(),
	version integer not null default 1
);
comment on table public.organisations is
	'A local government (อบจ. / เทศบาล / อบต.) using the workspace; domains are its own website hosts.';
alter table public.organisations enable row level security;

create table public.divisions (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null references public.organisations (id) on delete restrict,
	parent_id uuid,
	name text not null check (name = btrim(name) and length(name) between 1 and 200),
	aliases text[] not null default '{}' check (app.valid_labels(aliases)),
	position integer not null default 0,
	archived_at timestamptz,
	created_at timestamptz not null default now(),
	version integer not null default 1,
	unique (org_id, id),
	foreign key (org_id, parent_id) references public.divisions (org_id, id) on delete restrict,
	check (parent_id is distinct from id)
);
comment on table public.divisions is
	'The organisation''s divisions (กอง / สำนัก) and their sections (ฝ่าย): a two-level tree with aliases, '
	'because documents name one division in several ways.';
create unique index divisions_live_name_idx on public.divisions (org_id, lower(name))
	where archived_at is null;
create index divisions_parent_idx on public.divisions (org_id, parent_id);
alter table public.divisions enable row level security;

create table public.memberships (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null references public.organisations (id) on delete restrict,
	user_id uuid not null references auth.users (id) on delete cascade,
	role text not null check (role in ('coordinator', 'contributor', 'executive', 'viewer')),
	created_at timestamptz not null default now(),
	version integer not null default 1,
	unique (org_id, user_id),
	unique (org_id, id)
);
comment on table public.memberships is
	'Gives a user one role in one organisation. Contributors are bound to divisions through membership_divisions.';
create index memberships_user_idx on public.memberships (user_id);
alter table public.memberships enable row level security;

create table public.membership_divisions (
	org_id uuid not null,
	membership_id uuid not null,
	division_id uuid not null,
	primary key (membership_id, division_id),
	foreign key (org_id, membership_id) references public.memberships (org_id, id) on delete cascade,
	foreign key (org_id, division_id) references public.divisions (org_id, id) on delete restrict
);
comment on table public.membership_divisions is
	'The divisions a contributor works for; composite keys keep both sides in the same organisation.';
create index membership_divisions_division_idx on public.membership_divisions (org_id, division_id);
alter table public.membership_divisions enable row level security;

create table public.profiles (
	id uuid primary key references auth.users (id) on delete cascade,
	full_name text not null check (full_name = btrim(full_name) and length(full_name) between 1 and 200),
	email text not null check (length(email) <= 254),
	created_at timestamptz not null default now(),
	version integer not null default 1
);
comment on table public.profiles is
	'Display name and e-mail of a user, readable by the people who share an organisation with them.';
alter table public.profiles enable row level security;

-- Role lookups for policies. Security definer so a policy on memberships can read memberships
-- without recursing into its own policy; they only ever answer for the calling user.
create or replace function app.has_role(p_org uuid, p_roles text[]) returns boolean
language sql stable security definer
set search_path = ''
as $$
	select exists (
		select 1 from public.memberships m
		where m.org_id = p_org and m.user_id = (select auth.uid()) and m.role = any (p_roles)
	)
$$;
comment on function app.has_role(uuid, text[]) is 'True when the calling user holds one of the roles in the organisation.';

-- The caller's organisations, for read policies written `org_id in (select app.member_org_ids())`:
-- uncorrelated, so the planner runs it once per query instead of once per row.
create or replace function app.member_org_ids() returns setof uuid
language sql stable security definer
set search_path = ''
as $$
	select m.org_id from public.memberships m where m.user_id = (select auth.uid())
$$;
comment on function app.member_org_ids() is 'The organisations the calling user belongs to.';

create or replace function app.shares_org(p_user uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
	select p_user = (select auth.uid()) or exists (
		select 1 from public.memberships mine
		join public.memberships theirs on theirs.org_id = mine.org_id
		where mine.user_id = (select auth.uid()) and theirs.user_id = p_user
	)
$$;
comment on function app.shares_org(uuid) is 'True for the caller and for users in one of the caller''s organisations.';

revoke execute on function app.has_role(uuid, text[]), app.shares_org(uuid),
	app.member_org_ids() from public;
grant execute on function app.has_role(uuid, text[]), app.shares_org(uuid),
	app.member_org_ids() to authenticated;

-- Divisions form two levels: a section's parent must itself be top-level, and a division with
-- sections cannot be moved under another one.
create or replace function app.check_division_depth() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if new.parent_id is not null then
		if exists (select 1 from public.divisions p where p.id = new.parent_id and p.parent_id is not null) then
			raise exception 'division_too_deep' using errcode = '23514',
				hint = 'A section can only sit under a top-level division.';
		end if;
		if tg_op = 'UPDATE' and exists (select 1 from public.divisions c where c.parent_id = new.id) then
			raise exception 'division_has_sections' using errcode = '23514',
				hint = 'Move its sections first.';
		end if;
	end if;
	return new;
end
$$;
create trigger divisions_depth before insert or update of parent_id on public.divisions
	for each row execute function app.check_division_depth();

-- An organisation always keeps at least one coordinator.
create or replace function app.keep_a_coordinator() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
	if old.role = 'coordinator' and (tg_op = 'DELETE' or new.role <> 'coordinator')
		and not exists (
			select 1 from public.memberships m
			where m.org_id = old.org_id and m.role = 'coordinator' and m.id <> old.id
		)
		and exists (select 1 from public.organisations o where o.id = old.org_id)
	then
		raise exception 'last_coordinator' using errcode = '23514',
			hint = 'Appoint another coordinator first.';
	end if;
	return coalesce(new, old);
end
$$;
revoke execute on function app.keep_a_coordinator() from public;
create trigger memberships_keep_coordinator before update of role or delete on public.memberships
	for each row execute function app.keep_a_coordinator();

create trigger organisations_version before update on public.organisations
	for each row execute function app.bump_version();
create trigger divisions_version before update on public.divisions
	for each row execute function app.bump_version();
create trigger memberships_version before update on public.memberships
	for each row execute function app.bump_version();
create trigger profiles_version before update on public.profiles
	for each row execute function app.bump_version();

-- Column rules: nobody moves a row to another organisation, edits ids or versions, or sets their
-- own role. Only the listed columns can be updated at all; policies then decide which rows.
revoke insert, update, delete, truncate on public.organisations from anon, authenticated;
grant update (name, org_type, province, domains) on public.organisations to authenticated;

revoke insert, update, delete, truncate on public.divisions from anon, authenticated;
grant insert (org_id, parent_id, name, aliases, position) on public.divisions to authenticated;
grant update (parent_id, name, aliases, position, archived_at) on public.divisions to authenticated;

revoke insert, update, delete, truncate on public.memberships from anon, authenticated;
grant insert (org_id, user_id, role) on public.memberships to authenticated;
grant update (role) on public.memberships to authenticated;
grant delete on public.memberships to authenticated;

revoke insert, update, delete, truncate on public.membership_divisions from anon, authenticated;
grant insert (org_id, membership_id, division_id) on public.membership_divisions to authenticated;
grant delete on public.membership_divisions to authenticated;

revoke insert, update, delete, truncate on public.profiles from anon, authenticated;
grant update (full_name) on public.profiles to authenticated;

-- Policies
create policy "Members read their organisation" on public.organisations
	for select to authenticated using (id in (select app.member_org_ids()));
create policy "Coordinators edit their organisation" on public.organisations
	for update to authenticated
	using ((select app.has_role(id, array['coordinator'])))
	with check ((select app.has_role(id, array['coordinator'])));

create policy "Members read divisions" on public.divisions
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "Coordinators add divisions" on public.divisions
	for insert to authenticated with check ((select app.has_role(org_id, array['coordinator'])));
create policy "Coordinators edit divisions" on public.divisions
	for update to authenticated
	using ((select app.has_role(org_id, array['coordinator'])))
	with check ((select app.has_role(org_id, array['coordinator'])));

create policy "Members read memberships" on public.memberships
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "Coordinators add members" on public.memberships
	for insert to authenticated with check ((select app.has_role(org_id, array['coordinator'])));
create policy "Coordinators change roles" on public.memberships
	for update to authenticated
	using ((select app.has_role(org_id, array['coordinator'])))
	with check ((select app.has_role(org_id, array['coordinator'])));
create policy "Coordinators remove members" on public.memberships
	for delete to authenticated using ((select app.has_role(org_id, array['coordinator'])));

create policy "Members read division bindings" on public.membership_divisions
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "Coordinators bind members to divisions" on public.membership_divisions
	for insert to authenticated with check ((select app.has_role(org_id, array['coordinator'])));
create policy "Coordinators unbind members from divisions" on public.membership_divisions
	for delete to authenticated using ((select app.has_role(org_id, array['coordinator'])));

create policy "People read profiles of their organisations" on public.profiles
	for select to authenticated using ((select app.shares_org(id)));
create policy "People edit their own profile" on public.profiles
	for update to authenticated
	using (id = (select auth.uid())) with check (id = (select auth.uid()));
