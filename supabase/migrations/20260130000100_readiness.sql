-- Readiness against the target: daily snapshots of the score (the trend chart), executive
-- sign-offs (append-only, the newest counts), and read-only API tokens for integrations.

create table public.readiness_snapshots (
	org_id uuid not null,
	cycle_id uuid not null,
	day date not null,
	confirmed_oit numeric(6, 2) not null check (confirmed_oit between 0 and 100),
	pipeline_oit numeric(6, 2) not null check (pipeline_oit between 0 and 100),
	approved_items integer not null check (approved_items >= 0),
	submitted_items integer not null check (submitted_items >= 0),
	recorded_at timestamptz not null default now(),
	primary key (cycle_id, day),
	foreign key (org_id, cycle_id) references public.cycles (org_id, id) on delete restrict
);
comment on table public.readiness_snapshots is
	'One row per cycle and day: the OIT in both readings, for the readiness-over-time chart. '
	'Written by the snapshot task; members read their own.';
alter table public.readiness_snapshots enable row level security;
revoke insert, update, delete, truncate on public.readiness_snapshots from anon, authenticated;
create policy "Members read their readiness history" on public.readiness_snapshots
	for select to authenticated using (org_id in (select app.member_org_ids()));

create table public.signoffs (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null,
	cycle_id uuid not null,
	signed_by uuid not null default auth.uid(),
	signed_at timestamptz not null default now(),
	confirmed_oit numeric(6, 2) not null check (confirmed_oit between 0 and 100),
	confirmed_ita numeric(6, 2) check (confirmed_ita between 0 and 100),
	approved_items integer not null check (approved_items >= 0),
	note text check (length(note) <= 2000),
	foreign key (org_id, cycle_id) references public.cycles (org_id, id) on delete restrict
);
comment on table public.signoffs is
	'An executive marks the cycle "ready to submit", with the score at that moment. Never edited; '
	'a change to the cycle''s work after the newest sign-off makes it out of date.';
create index signoffs_cycle_idx on public.signoffs (cycle_id, signed_at desc);
alter table public.signoffs enable row level security;
revoke insert, update, delete, truncate on public.signoffs from anon, authenticated;
grant insert (org_id, cycle_id, confirmed_oit, confirmed_ita, approved_items, note)
	on public.signoffs to authenticated;
create policy "Members read sign-offs" on public.signoffs
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "Executives sign off their cycle" on public.signoffs
	for insert to authenticated
	with check ((select app.has_role(org_id, array['executive'])) and signed_by = (select auth.uid()));
create trigger signoffs_audit after insert on public.signoffs
	for each row execute function app.audit_row('org_id');

create table public.api_tokens (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null references public.organisations (id) on delete restrict,
	name text not null check (length(btrim(name)) between 1 and 100),
	token_hash text not null unique,
	created_by uuid not null default auth.uid(),
	created_at timestamptz not null default now(),
	revoked_at timestamptz,
	last_used_at timestamptz
);
comment on table public.api_tokens is
	'Read-only API tokens a coordinator creates for integrations; only a SHA-256 of the token is kept.';
alter table public.api_tokens enable row level security;
revoke insert, update, delete, truncate on public.api_tokens from anon, authenticated;
grant insert (org_id, name, token_hash) on public.api_tokens to authenticated;
grant update (revoked_at) on public.api_tokens to authenticated;
create policy "Coordinators see their tokens" on public.api_tokens
	for select to authenticated using ((select app.has_role(org_id, array['coordinator'])));
create policy "Coordinators create tokens" on public.api_tokens
	for insert to authenticated
	with check ((select app.has_role(org_id, array['coordinator'])) and created_by = (select auth.uid()));
create policy "Coordinators revoke tokens" on public.api_tokens
	for update to authenticated
	using ((select app.has_role(org_id, array['coordinator'])))
	with check ((select app.has_role(org_id, array['coordinator'])));
-- Issuing and revoking are history; the last-used stamp is not.
create trigger api_tokens_audit after insert or update of revoked_at on public.api_tokens
	for each row execute function app.audit_row('org_id', 'token_hash');

-- A revoked token stays revoked.
create or replace function app.keep_revoked() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if old.revoked_at is not null and new.revoked_at is distinct from old.revoked_at then
		raise exception 'token_revoked' using errcode = '42501', hint = 'Create a new token instead.';
	end if;
	return new;
end
$$;
create trigger api_tokens_keep_revoked before update of revoked_at on public.api_tokens
	for each row execute function app.keep_revoked();
