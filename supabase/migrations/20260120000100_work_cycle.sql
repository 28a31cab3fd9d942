-- The OIT work cycle: the coordinator assigns each item of a cycle to divisions (an assignment),
-- each owing division has a part with its own status, divisions attach evidence (URLs on the
-- agency website, or a "nothing to report" declaration) to their part, the coordinator reviews.
-- RLS decides who may do what; triggers enforce the status machine and the column rules.

alter table public.divisions add column serves_public boolean not null default true;
comment on column public.divisions.serves_public is
	'Owes a part of the items assigned to "all divisions that serve the public" (o17).';
grant insert (serves_public), update (serves_public) on public.divisions to authenticated;

create table public.assignments (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null,
	cycle_id uuid not null,
	item_id uuid not null references public.catalog_items (id) on delete restrict,
	owner_mode text not null default 'divisions'
		check (owner_mode in ('divisions', 'all', 'all_public')),
	due_date date not null,
	month_dues jsonb not null default '{}'::jsonb check (jsonb_typeof(month_dues) = 'object'),
	created_at timestamptz not null default now(),
	version integer not null default 1,
	unique (cycle_id, item_id),
	unique (org_id, id),
	foreign key (org_id, cycle_id) references public.cycles (org_id, id) on delete restrict
);
comment on table public.assignments is
	'One OIT item of a cycle given to divisions, with its due date (and o23''s monthly due dates). '
	'owner_mode all / all_public: every (public-serving) top-level division owes a part.';
create index assignments_org_idx on public.assignments (org_id, cycle_id);
alter table public.assignments enable row level security;

create table public.parts (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null,
	assignment_id uuid not null,
	division_id uuid not null,
	is_lead boolean not null default false,
	status text not null default 'not_started'
		check (status in ('not_started', 'draft', 'submitted', 'approved', 'changes_requested')),
	review_comment text check (length(review_comment) <= 4000),
	submitted_at timestamptz,
	reviewed_at timestamptz,
	reviewed_by uuid,
	created_at timestamptz not null default now(),
	version integer not null default 1,
	unique (assignment_id, division_id),
	unique (org_id, id),
	foreign key (org_id, assignment_id) references public.assignments (org_id, id) on delete restrict,
	foreign key (org_id, division_id) references public.divisions (org_id, id) on delete restrict,
	-- coalesce: a NULL comment makes the comparison NULL, which a CHECK lets through.
	check (status <> 'changes_requested' or coalesce(length(btrim(review_comment)), 0) > 0)
);
comment on table public.parts is
	'What one division owes for one assigned item: its status (not_started → draft → submitted → '
	'approved, or submitted → changes_requested → draft) and the coordinator''s last review comment.';
create index parts_division_idx on public.parts (org_id, division_id);
alter table public.parts enable row level security;

create table public.evidence (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null,
	part_id uuid not null,
	division_id uuid not null,
	kind text not null default 'url' check (kind in ('url', 'nothing_to_report')),
	url text check (url is null or (length(url) <= 2048 and url ~* '^https?://[^\s/?#]+')),
	title text check (length(title) <= 300),
	note text check (length(note) <= 4000),
	period_month text check (period_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	covers_from date,
	covers_to date,
	element_positions smallint[] not null default '{}',
	client_key uuid unique,
	deleted_at timestamptz,
	created_by uuid not null default auth.uid(),
	created_at timestamptz not null default now(),
	version integer not null default 1,
	unique (org_id, id),
	foreign key (org_id, part_id) references public.parts (org_id, id) on delete restrict,
	check ((kind = 'url') = (url is not null)),
	check (kind = 'url' or coalesce(length(btrim(note)), 0) > 0),
	check (covers_to is null or covers_from is null or covers_to >= covers_from)
);
comment on table public.evidence is
	'A URL on the agency website (or a "nothing to report" declaration with its reason) offered for a '
	'part, with the required elements it covers. Soft-deleted only: deleted_at hides it, history stays.';
create index evidence_part_idx on public.evidence (org_id, part_id);
create index evidence_division_idx on public.evidence (org_id, division_id);
alter table public.evidence enable row level security;

create table public.comments (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null,
	part_id uuid not null,
	body text not null check (length(btrim(body)) between 1 and 4000),
	author uuid not null default auth.uid(),
	created_at timestamptz not null default now(),
	foreign key (org_id, part_id) references public.parts (org_id, id) on delete restrict
);
comment on table public.comments is 'Discussion on a part between its division and the coordinator; never edited.';
create index comments_part_idx on public.comments (org_id, part_id);
alter table public.comments enable row level security;

-- Helpers for the policies (security definer: they read memberships, and answer only for the caller).

create or replace function app.in_division(p_org uuid, p_division uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
	select exists (
		select 1 from public.memberships m
		join public.membership_divisions md on md.membership_id = m.id
		where m.org_id = p_org and m.user_id = (select auth.uid()) and m.role = 'contributor'
			and md.division_id = p_division
	)
$$;
comment on function app.in_division(uuid, uuid) is 'True when the caller is a contributor bound to the division.';

-- Evidence may change while the part is open: a contributor of its division before submission,
-- the coordinator until approval.
create or replace function app.can_edit_part(p_org uuid, p_part uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
	select exists (
		select 1 from public.parts p
		where p.id = p_part and p.org_id = p_org and (
			(p.status <> 'approved' and app.has_role(p_org, array['coordinator']))
			or (p.status in ('not_started', 'draft', 'changes_requested') and app.in_division(p_org, p.division_id))
		)
	)
$$;
comment on function app.can_edit_part(uuid, uuid) is 'True when the caller may add or change evidence of the part now.';

revoke execute on function app.in_division(uuid, uuid), app.can_edit_part(uuid, uuid) from public;
grant execute on function app.in_division(uuid, uuid), app.can_edit_part(uuid, uuid) to authenticated;

-- An assignment's item must come from its cycle's checklist.
create or replace function app.check_assignment_item() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if not exists (
		select 1 from public.cycles c join public.catalog_items i on i.catalog_id = c.catalog_id
		where c.id = new.cycle_id and i.id = new.item_id
	) then
		raise exception 'item_not_in_cycle_catalog' using errcode = '23514';
	end if;
	return new;
end
$$;
create trigger assignments_item before insert or update of item_id, cycle_id on public.assignments
	for each row execute function app.check_assignment_item();

-- The status machine, enforced whoever writes. System tasks (no signed-in user) are trusted.
create or replace function app.check_part_change() returns trigger
language plpgsql
set search_path = ''
as $$
declare
	v_coord boolean;
	v_staff boolean;
	v_ok boolean;
begin
	if (select auth.uid()) is null then
		return new;
	end if;
	v_coord := app.has_role(new.org_id, array['coordinator']);
	v_staff := app.in_division(new.org_id, new.division_id);
	if not v_coord and (new.is_lead is distinct from old.is_lead
		or new.review_comment is distinct from old.review_comment) then
		raise exception 'only the coordinator reviews' using errcode = '42501';
	end if;
	if new.status is distinct from old.status then
		v_ok := case
			when old.status in ('not_started', 'changes_requested') and new.status = 'draft' then v_coord or v_staff
			when old.status = 'draft' and new.status = 'submitted' then v_coord or v_staff
			when old.status = 'submitted' and new.status = 'draft' then v_coord or v_staff
			when old.status = 'submitted' and new.status in ('approved', 'changes_requested') then v_coord
			when old.status = 'approved' and new.status = 'draft' then v_coord
			else false
		end;
		if not v_ok then
			raise exception 'status % → % not allowed', old.status, new.status using errcode = '42501';
		end if;
		if new.status = 'submitted' then
			new.submitted_at := now();
		end if;
		if new.status in ('approved', 'changes_requested') then
			new.reviewed_at := now();
			new.reviewed_by := auth.uid();
		end if;
	end if;
	return new;
end
$$;
create trigger parts_status before update on public.parts
	for each row execute function app.check_part_change();

-- Evidence takes its division from its part and may only name elements the item has.
create or replace function app.prepare_evidence() returns trigger
language plpgsql
set search_path = ''
as $$
declare
	v_elements integer;
begin
	select p.division_id, (
		select count(*) from public.catalog_elements e where e.item_id = a.item_id
	) into new.division_id, v_elements
	from public.parts p join public.assignments a on a.id = p.assignment_id
	where p.id = new.part_id;
	if exists (select 1 from unnest(new.element_positions) as e where e < 0 or e >= v_elements) then
		raise exception 'element_out_of_range' using errcode = '23514';
	end if;
	return new;
end
$$;
create trigger evidence_prepare before insert or update of part_id, element_positions on public.evidence
	for each row execute function app.prepare_evidence();

create trigger assignments_version before update on public.assignments
	for each row execute function app.bump_version();
create trigger parts_version before update on public.parts
	for each row execute function app.bump_version();
create trigger evidence_version before update on public.evidence
	for each row execute function app.bump_version();

create trigger assignments_audit after insert or update or delete on public.assignments
	for each row execute function app.audit_row('org_id');
create trigger parts_audit after insert or update or delete on public.parts
	for each row execute function app.audit_row('org_id');
create trigger evidence_audit after insert or update or delete on public.evidence
	for each row execute function app.audit_row('org_id');
create trigger comments_audit after insert on public.comments
	for each row execute function app.audit_row('org_id');

-- Column rules
revoke insert, update, delete, truncate on public.assignments from anon, authenticated;
grant insert (org_id, cycle_id, item_id, owner_mode, due_date, month_dues) on public.assignments to authenticated;
grant update (owner_mode, due_date, month_dues) on public.assignments to authenticated;
grant delete on public.assignments to authenticated;

revoke insert, update, delete, truncate on public.parts from anon, authenticated;
grant insert (org_id, assignment_id, division_id, is_lead) on public.parts to authenticated;
grant update (status, review_comment, is_lead) on public.parts to authenticated;
grant delete on public.parts to authenticated;

revoke insert, update, delete, truncate on public.evidence from anon, authenticated;
grant insert (org_id, part_id, kind, url, title, note, period_month, covers_from, covers_to,
	element_positions, client_key) on public.evidence to authenticated;
grant update (kind, url, title, note, period_month, covers_from, covers_to, element_positions,
	deleted_at) on public.evidence to authenticated;

revoke insert, update, delete, truncate on public.comments from anon, authenticated;
grant insert (org_id, part_id, body) on public.comments to authenticated;

-- Policies
create policy "Members read assignments" on public.assignments
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "Coordinators assign items" on public.assignments
	for insert to authenticated with check ((select app.has_role(org_id, array['coordinator'])));
create policy "Coordinators change assignments" on public.assignments
	for update to authenticated
	using ((select app.has_role(org_id, array['coordinator'])))
	with check ((select app.has_role(org_id, array['coordinator'])));
create policy "Coordinators withdraw assignments" on public.assignments
	for delete to authenticated using ((select app.has_role(org_id, array['coordinator'])));

create policy "Members read parts" on public.parts
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "Coordinators add owing divisions" on public.parts
	for insert to authenticated with check ((select app.has_role(org_id, array['coordinator'])));
create policy "Coordinators and the division move a part through its statuses" on public.parts
	for update to authenticated
	using ((select app.has_role(org_id, array['coordinator'])) or (select app.in_division(org_id, division_id)))
	with check ((select app.has_role(org_id, array['coordinator'])) or (select app.in_division(org_id, division_id)));
create policy "Coordinators remove owing divisions" on public.parts
	for delete to authenticated using ((select app.has_role(org_id, array['coordinator'])));

create policy "Members read evidence" on public.evidence
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "Open parts take evidence from their division or the coordinator" on public.evidence
	for insert to authenticated with check ((select app.can_edit_part(org_id, part_id)));
create policy "Open parts' evidence is edited by their division or the coordinator" on public.evidence
	for update to authenticated
	using ((select app.can_edit_part(org_id, part_id)))
	with check ((select app.can_edit_part(org_id, part_id)));

create policy "Members read comments" on public.comments
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "The division and the coordinator comment on a part" on public.comments
	for insert to authenticated
	with check (
		author = (select auth.uid()) and exists (
			select 1 from public.parts p where p.id = part_id and p.org_id = comments.org_id
				and ((select app.has_role(p.org_id, array['coordinator'])) or (select app.in_division(p.org_id, p.division_id)))
		)
	);
