-- Private schema for helpers the policies call and for trigger functions. It is not exposed through
-- the Data API, so security definer functions here cannot be called as RPCs.
create schema if not exists app;
grant usage on schema app to anon, authenticated, service_role;

-- Optimistic concurrency: every update bumps the row version, so a save based on a stale version
-- (`... where version = $old`) matches nothing. The app cannot forget to do it.
create or replace function app.bump_version() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	new.version := old.version + 1;
	return new;
end
$$;

-- Domain names as typed in settings: lower-case host names, no scheme, no path.
create or replace function app.valid_domains(p_domains text[]) returns boolean
language sql immutable
set search_path = ''
as $$
	select coalesce(bool_and(d ~ '^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$'), true)
		and cardinality(p_domains) <= 10
	from unnest(p_domains) as d
$$;

-- Short labels such as division aliases: trimmed, non-empty, at most 200 characters, at most 20.
create or replace function app.valid_labels(p_labels text[]) returns boolean
language sql immutable
set search_path = ''
as $$
	select coalesce(bool_and(l = btrim(l) and length(l) between 1 and 200), true)
		and cardinality(p_labels) <= 20
	from unnest(p_labels) as l
$$;

revoke execute on all functions in schema app from public;
-- The two validators back CHECK constraints, which run with the privileges of whoever writes the
-- row: without EXECUTE every insert or update of organisations/divisions by an API role fails 42501.
grant execute on function app.valid_domains(text[]), app.valid_labels(text[]) to authenticated, service_role;
