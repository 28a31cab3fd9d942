-- What a new Supabase project has before its first `supabase db push`, as far as the migrations
-- can see it: the API roles, the owner role `postgres` (here `project_owner`: no superuser, as on
-- Supabase), schema `auth` owned by Supabase Auth with its real `auth.users` columns, the helper
-- functions reading `request.jwt.claims`, and the default privileges Supabase grants on `public`.
-- A test fixture (tests/db/supabase-project.test.ts), run by a superuser in a fresh database;
-- the app's own shim (db/shim) is NOT applied.

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
	if not exists (select 1 from pg_roles where rolname = 'authenticator') then
		create role authenticator login noinherit;
	end if;
	if not exists (select 1 from pg_roles where rolname = 'supabase_auth_admin') then
		create role supabase_auth_admin login noinherit createrole;
	end if;
	if not exists (select 1 from pg_roles where rolname = 'project_owner') then
		create role project_owner login createrole createdb bypassrls;
	end if;
end
$$;
grant anon, authenticated, service_role to authenticator;
grant anon, authenticated, service_role to project_owner;

create schema auth authorization supabase_auth_admin;
grant usage on schema auth to anon, authenticated, service_role, project_owner;

create table auth.users (
	instance_id uuid,
	id uuid not null primary key,
	aud varchar(255),
	role varchar(255),
	email varchar(255),
	encrypted_password varchar(255),
	email_confirmed_at timestamptz,
	invited_at timestamptz,
	confirmation_token varchar(255),
	confirmation_sent_at timestamptz,
	recovery_token varchar(255),
	recovery_sent_at timestamptz,
	email_change_token_new varchar(255),
	email_change varchar(255),
	email_change_sent_at timestamptz,
	last_sign_in_at timestamptz,
	raw_app_meta_data jsonb,
	raw_user_meta_data jsonb,
	is_super_admin boolean,
	created_at timestamptz,
	updated_at timestamptz,
	phone text unique default null,
	phone_confirmed_at timestamptz,
	phone_change text default '',
	phone_change_token varchar(255) default '',
	phone_change_sent_at timestamptz,
	confirmed_at timestamptz generated always as (least(email_confirmed_at, phone_confirmed_at)) stored,
	email_change_token_current varchar(255) default '',
	email_change_confirm_status smallint default 0
		check (email_change_confirm_status >= 0 and email_change_confirm_status <= 2),
	banned_until timestamptz,
	reauthentication_token varchar(255) default '',
	reauthentication_sent_at timestamptz,
	is_sso_user boolean not null default false,
	deleted_at timestamptz,
	is_anonymous boolean not null default false
);
create unique index users_email_partial_key on auth.users (email) where is_sso_user = false;
alter table auth.users owner to supabase_auth_admin;
-- The project's owner reads users and may point foreign keys at them; the API roles may not.
grant select, references, trigger on auth.users to project_owner;

create function auth.uid() returns uuid
language sql stable
as $$
	select coalesce(
		nullif(current_setting('request.jwt.claim.sub', true), ''),
		(nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
	)::uuid
$$;

create function auth.role() returns text
language sql stable
as $$
	select coalesce(
		nullif(current_setting('request.jwt.claim.role', true), ''),
		(nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
	)::text
$$;

create function auth.jwt() returns jsonb
language sql stable
as $$
	select coalesce(
		nullif(current_setting('request.jwt.claim', true), ''),
		nullif(current_setting('request.jwt.claims', true), '')
	)::jsonb
$$;
alter function auth.uid() owner to supabase_auth_admin;
alter function auth.role() owner to supabase_auth_admin;
alter function auth.jwt() owner to supabase_auth_admin;
grant execute on function auth.uid(), auth.role(), auth.jwt() to public;

-- Supabase's grants on `public`: everything to the API roles, RLS decides.
grant usage on schema public to postgres, anon, authenticated, service_role;
alter default privileges for role project_owner in schema public
	grant all on tables to anon, authenticated, service_role;
alter default privileges for role project_owner in schema public
	grant all on functions to anon, authenticated, service_role;
alter default privileges for role project_owner in schema public
	grant all on sequences to anon, authenticated, service_role;
