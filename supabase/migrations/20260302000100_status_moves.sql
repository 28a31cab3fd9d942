-- One owner for the item status machine (architecture decision 10). The moves, and who may make
-- each, are written once in app.status_moves(); the parts trigger enforces them through
-- app.may_move(), and the item page shows the buttons app.part_actions() returns from the same
-- rows. Withdrawing a submission is the division's alone; the coordinator returns work with a
-- comment instead. Returned work may be submitted again as it is, or edited first.

create or replace function app.status_moves()
returns table (from_status text, action text, to_status text, by_coordinator boolean, by_division boolean)
language sql immutable
set search_path = ''
as $$
	values
		('not_started', 'start', 'draft', true, true),
		('changes_requested', 'start', 'draft', true, true),
		('draft', 'submit', 'submitted', true, true),
		('changes_requested', 'submit', 'submitted', true, true),
		('submitted', 'withdraw', 'draft', false, true),
		('submitted', 'approve', 'approved', true, false),
		('submitted', 'request_changes', 'changes_requested', true, false),
		('approved', 'reopen', 'draft', true, false)
$$;
comment on function app.status_moves() is
	'Every status move of a part: its action name, and whether the coordinator and the division may '
	'make it. "start" is implicit (the first evidence, or the first fix after a review). At most one '
	'move per (from, to) pair, so the trigger can tell the action from the two statuses.';

create or replace function app.may_move(p_org uuid, p_division uuid, p_from text, p_to text)
returns boolean
language sql stable
set search_path = ''
as $$
	select exists (
		select 1 from app.status_moves() m
		where m.from_status = p_from and m.to_status = p_to
			and ((m.by_coordinator and app.has_role(p_org, array['coordinator']))
				or (m.by_division and app.in_division(p_org, p_division)))
	)
$$;
comment on function app.may_move(uuid, uuid, text, text) is
	'True when the caller may move a part of the division from one status to the other.';

create or replace function app.part_actions(p_org uuid, p_part uuid) returns text[]
language sql stable
set search_path = ''
as $$
	select coalesce(array_agg(m.action order by array_position(
		array['submit', 'withdraw', 'approve', 'request_changes', 'reopen'], m.action)), '{}')
	from public.parts p
	join app.status_moves() m on m.from_status = p.status
	where p.id = p_part and p.org_id = p_org and m.action <> 'start'
		and app.may_move(p.org_id, p.division_id, m.from_status, m.to_status)
$$;
comment on function app.part_actions(uuid, uuid) is
	'The status actions the caller may take on the part now, in button order (what the page shows).';

create or replace function app.works_on(p_org uuid, p_division uuid) returns boolean
language sql stable
set search_path = ''
as $$
	select app.has_role(p_org, array['coordinator']) or app.in_division(p_org, p_division)
$$;
comment on function app.works_on(uuid, uuid) is
	'True when the caller is the coordinator or a contributor of the division: who discusses a part.';

revoke execute on function app.status_moves(), app.may_move(uuid, uuid, text, text),
	app.part_actions(uuid, uuid), app.works_on(uuid, uuid) from public;
grant execute on function app.status_moves(), app.may_move(uuid, uuid, text, text),
	app.part_actions(uuid, uuid), app.works_on(uuid, uuid) to authenticated;

-- The trigger asks app.may_move instead of its own table of moves.
create or replace function app.check_part_change() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if (select auth.uid()) is null then
		return new;
	end if;
	if not app.has_role(new.org_id, array['coordinator']) and (new.is_lead is distinct from old.is_lead
		or new.review_comment is distinct from old.review_comment) then
		raise exception 'only the coordinator reviews' using errcode = '42501';
	end if;
	if new.status is distinct from old.status then
		if not app.may_move(new.org_id, new.division_id, old.status, new.status) then
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

-- A status action by name: the move is looked up, the trigger decides whether the caller may.
create or replace function app.move_part(p_org uuid, p_part uuid, p_version integer, p_action text,
	p_comment text)
returns boolean
language sql volatile
set search_path = ''
as $$
	with moved as (
		update public.parts p set status = m.to_status,
			review_comment = case when p_action = 'request_changes' then p_comment else p.review_comment end
		from app.status_moves() m
		where p.org_id = p_org and p.id = p_part and p.version = p_version
			and m.from_status = p.status and m.action = p_action
		returning p.id
	)
	select exists (select 1 from moved)
$$;
comment on function app.move_part(uuid, uuid, integer, text, text) is
	'Takes a status action on a part based on the version the caller saw; false when the part '
	'changed meanwhile or the action does not apply to its status. The trigger refuses what the '
	'caller may not do.';

create or replace function app.start_part(p_part uuid) returns void
language sql volatile
set search_path = ''
as $$
	update public.parts p set status = m.to_status
	from app.status_moves() m
	where p.id = p_part and m.from_status = p.status and m.action = 'start'
$$;
comment on function app.start_part(uuid) is
	'Evidence changed on a part that was not started or was returned: it becomes a draft.';

revoke execute on function app.move_part(uuid, uuid, integer, text, text), app.start_part(uuid)
	from public;
grant execute on function app.move_part(uuid, uuid, integer, text, text), app.start_part(uuid)
	to authenticated;

drop policy "The division and the coordinator comment on a part" on public.comments;
create policy "The division and the coordinator comment on a part" on public.comments
	for insert to authenticated
	with check (
		author = (select auth.uid()) and exists (
			select 1 from public.parts p where p.id = part_id and p.org_id = comments.org_id
				and (select app.works_on(p.org_id, p.division_id))
		)
	);
