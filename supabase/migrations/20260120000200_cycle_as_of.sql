-- Demo and training cycles live at a fixed date: pages then measure due dates and countdowns
-- from `as_of` instead of today, so the FY2565 demo reads as it did in February 2565.
alter table public.cycles add column as_of date;
comment on column public.cycles.as_of is
	'A frozen "today" for demo and training cycles; null for real cycles (today in Asia/Bangkok).';
