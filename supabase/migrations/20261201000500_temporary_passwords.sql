-- A password someone else chose (a coordinator's reset, the first password typed when a member is
-- added, a reset from the command line) is temporary: the person must choose their own at the
-- next sign-in. A row here says so; it is written and removed only by the accounts task, together
-- with the password itself, so nobody can drop it without setting a new password.
create table public.temporary_passwords (
	user_id uuid primary key references auth.users (id) on delete cascade,
	set_at timestamptz not null default now()
);
comment on table public.temporary_passwords is
	'People whose password was chosen by someone else and must be changed at the next sign-in. '
	'Written with the password by the accounts task, removed when the person sets their own.';
alter table public.temporary_passwords enable row level security;
revoke insert, update, delete, truncate on public.temporary_passwords from anon, authenticated;
grant select on public.temporary_passwords to authenticated;

create policy "People see whether their own password is temporary" on public.temporary_passwords
	for select to authenticated
	using (user_id = (select auth.uid()));
