-- A sign-off form carries a key made when the page was drawn: sending the same form twice (a
-- double click, a resent request) records one sign-off.
alter table public.signoffs add column client_key uuid unique;
comment on column public.signoffs.client_key is
	'The key of the form that made the sign-off; a second insert with the same key adds nothing.';
grant insert (client_key) on public.signoffs to authenticated;
