-- Link checks: what the app found at each evidence URL (written by the link-check task, read by
-- members), the off-domain URLs a coordinator accepted with a reason, and the "check all" runs
-- with their progress. Which findings fail an item is the app's (domain/link-verdict.ts).

create table public.link_checks (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null,
	evidence_id uuid not null,
	url text not null,
	checked_at timestamptz not null default now(),
	outcome text not null check (outcome in ('live', 'live_redirected', 'dead', 'restricted',
		'redirects_off_domain', 'insecure_redirect', 'unreachable', 'retry_later', 'blocked',
		'too_many_redirects', 'unresolvable')),
	reason text check (length(reason) <= 100),
	http_status smallint,
	final_url text check (length(final_url) <= 2048),
	title text check (length(title) <= 300),
	on_domain boolean not null,
	flagged_host text check (flagged_host in ('google_drive', 'facebook', 'shortener')),
	year_check text not null default 'not_applicable' check (year_check in ('found', 'other_year',
		'not_found', 'no_text_layer', 'not_read', 'not_applicable')),
	years_seen integer[] not null default '{}',
	foreign key (org_id, evidence_id) references public.evidence (org_id, id) on delete cascade
);
comment on table public.link_checks is
	'One row per check of an evidence URL (the newest for the evidence''s current URL counts): the '
	'outcome, the status and final address, the page title, whether it is on the organisation''s '
	'website, a host assessors do not accept, and whether it shows the round''s year. Never the body.';
create index link_checks_evidence_idx on public.link_checks (evidence_id, checked_at desc);
create index link_checks_org_idx on public.link_checks (org_id, checked_at);
alter table public.link_checks enable row level security;
revoke insert, update, delete, truncate on public.link_checks from anon, authenticated;
create policy "Members read their link checks" on public.link_checks
	for select to authenticated using (org_id in (select app.member_org_ids()));

create table public.link_exceptions (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null references public.organisations (id) on delete restrict,
	url text not null check (length(url) <= 2048),
	reason text not null check (length(btrim(reason)) between 5 and 500),
	accepted_by uuid not null default auth.uid(),
	accepted_at timestamptz not null default now(),
	unique (org_id, url)
);
comment on table public.link_exceptions is
	'An off-domain URL a coordinator accepts as evidence, with the written reason (e.g. a national '
	'e-service platform). Exact URLs only, never a whole host.';
alter table public.link_exceptions enable row level security;
revoke insert, update, delete, truncate on public.link_exceptions from anon, authenticated;
grant insert (org_id, url, reason) on public.link_exceptions to authenticated;
grant delete on public.link_exceptions to authenticated;
create policy "Members read accepted links" on public.link_exceptions
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "Coordinators accept an off-domain link" on public.link_exceptions
	for insert to authenticated
	with check (accepted_by = (select auth.uid()) and (select app.has_role(org_id, array['coordinator'])));
create policy "Coordinators withdraw an acceptance" on public.link_exceptions
	for delete to authenticated using ((select app.has_role(org_id, array['coordinator'])));
create trigger link_exceptions_audit after insert or delete on public.link_exceptions
	for each row execute function app.audit_row('org_id');

create table public.link_check_runs (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null,
	cycle_id uuid not null,
	requested_by uuid default auth.uid(),
	started_at timestamptz not null default now(),
	total integer not null default 0 check (total >= 0),
	done integer not null default 0 check (done >= 0),
	finished_at timestamptz,
	foreign key (org_id, cycle_id) references public.cycles (org_id, id) on delete restrict
);
comment on table public.link_check_runs is
	'A check of every evidence URL of a round ("check all" or the nightly check), with its progress.';
create index link_check_runs_cycle_idx on public.link_check_runs (cycle_id, started_at desc);
alter table public.link_check_runs enable row level security;
revoke insert, update, delete, truncate on public.link_check_runs from anon, authenticated;
grant insert (org_id, cycle_id) on public.link_check_runs to authenticated;
create policy "Members see the round's link-check runs" on public.link_check_runs
	for select to authenticated using (org_id in (select app.member_org_ids()));
create policy "Coordinators start a check of the whole round" on public.link_check_runs
	for insert to authenticated
	with check (requested_by = (select auth.uid()) and (select app.has_role(org_id, array['coordinator'])));
