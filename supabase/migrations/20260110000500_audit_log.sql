-- Append-only history of every change to organisation data: who, when, what, before and after.
-- Only the trigger below writes it; nobody can edit or delete it through the API roles.

create table public.audit_log (
	id bigint generated always as identity primary key,
	org_id uuid not null,
	actor uuid,
	actor_label text not null,
	table_name text not null,
	record_id text not null,
	op text not null check (op in ('INSERT', 'UPDATE', 'DELETE')),
	old_data jsonb,
	new_data jsonb,
	at timestamptz not null default now()
);
comment on table public.audit_log is
	'Append-only change history; updates keep only the fields that changed. Written by app.audit_row().';
create index audit_log_org_at_idx on public.audit_log (org_id, at desc);
create index audit_log_record_idx on public.audit_log (table_name, record_id);
alter table public.audit_log enable row level security;

revoke insert, update, delete, truncate on public.audit_log from anon, authenticated, service_role;

create policy "Members read their organisation's history" on public.audit_log
	for select to authenticated using (org_id in (select app.member_org_ids()));

-- tg_argv[0] names the column holding the organisation id; tg_argv[1], if given, a column never
-- copied into the log (a secret's hash). The actor is the signed-in user, or
-- `system:<task>` for named system tasks (set with set_config('app.actor', '<task>', true)).
create or replace function app.audit_row() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
	v_old jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
	v_new jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
	v_row jsonb := coalesce(v_new, v_old);
	v_actor uuid := auth.uid();
begin
	if tg_nargs > 1 then
		v_old := v_old - tg_argv[1];
		v_new := v_new - tg_argv[1];
	end if;
	if tg_op = 'UPDATE' then
		select jsonb_object_agg(n.key, n.value), jsonb_object_agg(n.key, v_old -> n.key)
			into v_new, v_old
		from jsonb_each(v_new) as n
		where n.key <> 'version' and n.value is distinct from (to_jsonb(old) -> n.key);
		if v_new is null then
			return null;
		end if;
	end if;
	insert into public.audit_log (org_id, actor, actor_label, table_name, record_id, op, old_data, new_data)
	values (
		(v_row ->> tg_argv[0])::uuid,
		v_actor,
		coalesce(v_actor::text, 'system:' || coalesce(nullif(current_setting('app.actor', true), ''), 'unknown')),
		tg_table_name,
		coalesce(v_row ->> 'id', v_row ->> 'membership_id' || '/' || (v_row ->> 'division_id')),
		tg_op,
		v_old,
		v_new
	);
	return null;
end
$$;
revoke execute on function app.audit_row() from public;
comment on function app.audit_row() is 'Writes one audit_log row per changed row; security definer because nobody else may.';

create trigger organisations_audit after insert or update or delete on public.organisations
	for each row execute function app.audit_row('id');
create trigger divisions_audit after insert or update or delete on public.divisions
	for each row execute function app.audit_row('org_id');
create trigger memberships_audit after insert or update or delete on public.memberships
	for each row execute function app.audit_row('org_id');
create trigger membership_divisions_audit after insert or delete on public.membership_divisions
	for each row execute function app.audit_row('org_id');
create trigger cycles_audit after insert or update or delete on public.cycles
	for each row execute function app.audit_row('org_id');
