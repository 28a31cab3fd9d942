-- Rolling a round into the next year: evidence URLs of carried items come along as drafts, each
-- marked with the evidence it was copied from, so the item page can say "from last year — check
-- the year". The mark is written once, by the coordinator's rollover, and never changed.

alter table public.evidence add column carried_from uuid;
alter table public.evidence
	add constraint evidence_carried_from_fkey foreign key (org_id, carried_from)
		references public.evidence (org_id, id) on delete restrict;
comment on column public.evidence.carried_from is
	'The evidence of last year''s round this row was copied from by a rollover; null for evidence added this year.';
create index evidence_carried_from_idx on public.evidence (org_id, carried_from)
	where carried_from is not null;

-- Only a rollover may mark evidence as carried: the caller is the coordinator (or a system task),
-- the source is a URL of an earlier fiscal year's round of the same organisation, and the copy
-- keeps its URL. A contributor could gain nothing from the mark but a warning; it stays honest.
create or replace function app.check_carried_evidence() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if (select auth.uid()) is not null and not app.has_role(new.org_id, array['coordinator']) then
		raise exception 'only_coordinator_carries' using errcode = '42501';
	end if;
	if not exists (
		select 1
		from public.evidence src
		join public.parts sp on sp.id = src.part_id
		join public.assignments sa on sa.id = sp.assignment_id
		join public.cycles sc on sc.id = sa.cycle_id,
			public.parts np
		join public.assignments na on na.id = np.assignment_id
		join public.cycles nc on nc.id = na.cycle_id
		where src.id = new.carried_from and src.org_id = new.org_id and np.id = new.part_id
			and sc.fiscal_year < nc.fiscal_year
			and src.kind = 'url' and new.kind = 'url' and src.url = new.url
	) then
		raise exception 'carried_from_not_last_year' using errcode = '23514';
	end if;
	return new;
end
$$;
comment on function app.check_carried_evidence() is
	'Carried evidence names a URL of an earlier round of the same organisation, and only the coordinator carries.';
revoke execute on function app.check_carried_evidence() from public;
create trigger evidence_carried before insert on public.evidence
	for each row when (new.carried_from is not null) execute function app.check_carried_evidence();

-- Written at insert only: no update grant, so the mark cannot be added or removed later.
grant insert (carried_from) on public.evidence to authenticated;
