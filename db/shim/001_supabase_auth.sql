-- Local stand-in for what a Supabase project already provides: the API roles, the `auth` schema
-- with its users table and the helper functions the policies call. Applied only in embedded-auth
-- mode (PGlite or a plain PostgreSQL); never on a Supabase project, which has the real ones.
-- Every statement is idempotent: the runner may apply this file to an existing database.

do $$
begin
	if not exists (select 1 from pg_roles where rolname = 'anon') then
		create role anon nologin noinherit;
	end if;
	if not exists (select 1 from pg_roles where rolname = 'authenticated') then
		create role authenticated nologin noinherit;
	end if;
	if not exists (select 1 from pg_roles where rolname = 'service_role') then
		create role service_role nologin noinherit bypassrls;
	end if;
end
$$;

-- The connecting role switches to these with `set local role`, so it must be a member of them.
do $$
begin
	execute format('grant anon, authenticated, service_role to %I', current_user);
end
$$;

create schema if not exists auth;
grant usage on schema auth to anon, authenticated, service_role;

-- A subset of Supabase Auth's users table, same names and bcrypt hash format, so accounts can move.
create table if not exists auth.users (
	id uuid primary key default gen_random_uuid(),
	email text not null unique check (email = lower(email) and length(email) <= 254),
	encrypted_password text not null,
	raw_user_meta_data jsonb not null default '{}'::jsonb,
	banned_until timestamptz,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
revoke all on auth.users from anon, authenticated;

-- Server-side sessions of the embedded login: only a SHA-256 of the cookie token is stored.
create table if not exists auth.app_sessions (
	token_hash text primary key,
	user_id uuid not null references auth.users (id) on delete cascade,
	created_at timestamptz not null default now(),
	expires_at timestamptz not null
);
create index if not exists app_sessions_user_idx on auth.app_sessions (user_id);
revoke all on auth.app_sessions from anon, authenticated;

-- Failed sign-in attempts, the memory of the login rate limit (shared by every app process).
create table if not exists auth.login_failures (
	id bigint generated always as identity primary key,
	key text not null,
	at timestamptz not null default now()
);
create index if not exists login_failures_key_at_idx on auth.login_failures (key, at);
revoke all on auth.login_failures from anon, authenticated;

-- Same definitions as Supabase's: '' (a reset setting on a reused connection) reads as NULL.
create or replace function auth.uid() returns uuid
language sql stable
as $$
	select coalesce(
		nullif(current_setting('request.jwt.claim.sub', true), ''),
		nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'
	)::uuid
$$;

create or replace function auth.role() returns text
language sql stable
as $$
	select coalesce(
		nullif(current_setting('request.jwt.claim.role', true), ''),
		nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role'
	)::text
$$;

create or replace function auth.jwt() returns jsonb
language sql stable
as $$
	select coalesce(
		nullif(current_setting('request.jwt.claim', true), ''),
		nullif(current_setting('request.jwt.claims', true), '')
	)::jsonb
$$;

grant execute on function auth.uid(), auth.role(), auth.jwt() to anon, authenticated, service_role;

-- Supabase grants the API roles table access in `public` and lets RLS decide; do the same.
grant usage on schema public to anon, authenticated, service_role;
alter default privileges in schema public grant select, insert, update, delete on tables to anon, authenticated, service_role;
alter default privileges in schema public grant usage, select on sequences to anon, authenticated, service_role;
alter default privileges in schema public grant execute on functions to anon, authenticated, service_role;
