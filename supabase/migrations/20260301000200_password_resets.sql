-- Who may give a person a new password. An account is a person, who may belong to several
-- organisations; a coordinator may reset a member's password only when every organisation that
-- person belongs to is one the coordinator coordinates — else a coordinator of one organisation
-- could take over the person's access to another. Never one's own (the account page asks for the
-- current password) and never an account of the demo, whose password is published.
create or replace function app.may_reset_password(p_user uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
	select p_user is distinct from (select auth.uid())
		and exists (select 1 from public.memberships m where m.user_id = p_user)
		and not exists (
			select 1
			from public.memberships m
			join public.organisations o on o.id = m.org_id
			where m.user_id = p_user
				and (o.is_demo or not exists (
					select 1 from public.memberships c
					where c.org_id = m.org_id and c.user_id = (select auth.uid())
						and c.role = 'coordinator'))
		)
$$;
comment on function app.may_reset_password(uuid) is
	'True when the calling user coordinates every (non-demo) organisation the person belongs to, and the person is someone else.';
revoke execute on function app.may_reset_password(uuid) from public;
grant execute on function app.may_reset_password(uuid) to authenticated;

-- Whether a person may change their own password: not on a demo account, whose password is
-- published for everyone to sign in with.
create or replace function app.may_change_own_password() returns boolean
language sql stable security definer
set search_path = ''
as $$
	select (select auth.uid()) is not null and not exists (
		select 1 from public.memberships m
		join public.organisations o on o.id = m.org_id
		where m.user_id = (select auth.uid()) and o.is_demo
	)
$$;
comment on function app.may_change_own_password() is
	'False for accounts of the demo organisation, whose published password must keep working.';
revoke execute on function app.may_change_own_password() from public;
grant execute on function app.may_change_own_password() to authenticated;
