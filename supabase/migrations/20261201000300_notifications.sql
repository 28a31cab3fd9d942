-- The notification centre: what happened to a person's work (assigned, returned, approved,
-- waiting for review) and the daily reminders, shown under the bell and sent by e-mail. Events
-- are recorded here, by triggers on the parts (one owner, architecture decision 10); reminders by
-- the daily reminder task. Nobody inserts through the API; a person reads their own and marks
-- them read. `dedupe_key` makes every event and reminder a single row however often it is offered.

create table public.notifications (
	id uuid primary key default gen_random_uuid(),
	org_id uuid not null references public.organisations (id) on delete restrict,
	user_id uuid not null references auth.users (id) on delete cascade,
	kind text not null check (kind in ('assigned', 'returned', 'approved', 'submitted',
		'due_digest', 'review_digest', 'target_reached', 'signoff_outdated')),
	cycle_id uuid,
	part_id uuid,
	params jsonb not null default '{}'::jsonb check (jsonb_typeof(params) = 'object'),
	created_at timestamptz not null default now(),
	read_at timestamptz,
	email_claimed_at timestamptz,
	emailed_at timestamptz,
	dedupe_key text not null unique check (length(dedupe_key) <= 300),
	foreign key (org_id, cycle_id) references public.cycles (org_id, id) on delete cascade
);
comment on table public.notifications is
	'One message for one person: an event on their work or a daily reminder, with what the message '
	'says in params (a copy taken when it happened). email_claimed_at is set, and committed, before '
	'the e-mail goes out, so a crash never sends it twice (at most once).';
create index notifications_user_idx on public.notifications (user_id, created_at desc);
create index notifications_unread_idx on public.notifications (user_id) where read_at is null;
create index notifications_unsent_idx on public.notifications (created_at)
	where email_claimed_at is null;
alter table public.notifications enable row level security;

revoke insert, update, delete, truncate on public.notifications from anon, authenticated;
grant update (read_at) on public.notifications to authenticated;

create policy "People read their own notifications" on public.notifications
	for select to authenticated
	using (user_id = (select auth.uid()) and org_id in (select app.member_org_ids()));
create policy "People mark their own notifications read" on public.notifications
	for update to authenticated
	using (user_id = (select auth.uid()))
	with check (user_id = (select auth.uid()));

create table public.notification_settings (
	user_id uuid primary key references auth.users (id) on delete cascade,
	email boolean not null default true,
	lang text not null default 'th' check (lang in ('th', 'en')),
	muted_kinds text[] not null default '{}' check (muted_kinds <@ array['assigned', 'returned',
		'approved', 'submitted', 'due_digest', 'review_digest', 'target_reached', 'signoff_outdated']),
	updated_at timestamptz not null default now()
);
comment on table public.notification_settings is
	'A person''s e-mail choices: on or off, Thai or English, and the kinds they want no e-mail about '
	'(the bell still lists them). No row means the defaults: e-mail on, in Thai, every kind.';
alter table public.notification_settings enable row level security;
revoke insert, update, delete, truncate on public.notification_settings from anon, authenticated;
grant insert (user_id, email, lang, muted_kinds) on public.notification_settings to authenticated;
grant update (email, lang, muted_kinds, updated_at) on public.notification_settings to authenticated;

create policy "People read their own notification settings" on public.notification_settings
	for select to authenticated using (user_id = (select auth.uid()));
create policy "People create their own notification settings" on public.notification_settings
	for insert to authenticated with check (user_id = (select auth.uid()));
create policy "People change their own notification settings" on public.notification_settings
	for update to authenticated
	using (user_id = (select auth.uid()))
	with check (user_id = (select auth.uid()));

-- Events on a part, recorded for the people who act next: a new part and a review (returned,
-- approved) tell the division's contributors; a submission tells the organisation's coordinators.
-- Only what a signed-in person does is an event (seeding the demo or a system import is not), and
-- nobody is told of their own change. Security definer: it writes notifications, which no API
-- role may insert, and reads memberships the caller may not see. One insert … select per row.
create or replace function app.notify_part_event() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
	v_actor uuid := (select auth.uid());
	v_kind text;
begin
	if v_actor is null then
		return null;
	end if;
	v_kind := case
		when tg_op = 'INSERT' then 'assigned'
		when new.status is not distinct from old.status then null
		when new.status = 'changes_requested' then 'returned'
		when new.status = 'approved' then 'approved'
		when new.status = 'submitted' then 'submitted'
	end;
	if v_kind is null then
		return null;
	end if;
	insert into public.notifications (org_id, user_id, kind, cycle_id, part_id, params, dedupe_key)
	select new.org_id, r.user_id, v_kind, a.cycle_id, new.id,
		jsonb_build_object('code', i.code, 'name_th', i.name_th, 'name_en', i.name_en,
			'division', d.name, 'due_date', a.due_date, 'fiscal_year', c.fiscal_year,
			'comment', case when v_kind = 'returned' then new.review_comment end),
		v_kind || ':' || new.id || ':' || new.version || ':' || r.user_id
	from public.assignments a
	join public.cycles c on c.id = a.cycle_id
	join public.catalog_items i on i.id = a.item_id
	join public.divisions d on d.id = new.division_id
	join (
		select m.user_id, md.division_id, m.role from public.memberships m
		join public.membership_divisions md on md.membership_id = m.id
		where m.org_id = new.org_id and m.role = 'contributor'
		union all
		select m.user_id, null, m.role from public.memberships m
		where m.org_id = new.org_id and m.role = 'coordinator'
	) r on (v_kind = 'submitted' and r.role = 'coordinator')
		or (v_kind <> 'submitted' and r.role = 'contributor' and r.division_id = new.division_id)
	where a.id = new.assignment_id and r.user_id <> v_actor
	on conflict (dedupe_key) do nothing;
	return null;
end
$$;
comment on function app.notify_part_event() is
	'Records the notifications of a part''s event (assigned, returned, approved, submitted) for the '
	'people who act next; one row per person and event.';
revoke execute on function app.notify_part_event() from public;

create trigger parts_notify after insert or update of status on public.parts
	for each row execute function app.notify_part_event();
