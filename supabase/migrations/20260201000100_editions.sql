-- Catalogue editions: a fiscal year may have several OIT lists. Shipped editions (official,
-- provisional) belong to nobody and are written only by the catalogue loader; an organisation's
-- own (custom) edition belongs to it, and its coordinators edit it. A round (cycle) answers one
-- edition of its own fiscal year. Each edition carries that year's scoring rules as data.

alter table public.catalogs drop constraint catalogs_fiscal_year_key;
alter table public.catalogs
	add column status text not null default 'official'
		check (status in ('official', 'provisional', 'custom')),
	add column org_id uuid references public.organisations (id) on delete restrict,
	add column shipped_key text unique,
	add column source text not null default '' check (length(source) <= 2000),
	add column notes text check (length(notes) <= 4000),
	add column gaps text[] not null default '{}',
	add column based_on uuid references public.catalogs (id) on delete set null,
	add column scoring jsonb not null default '{}' check (jsonb_typeof(scoring) = 'object'),
	add column version integer not null default 1,
	alter column content_hash drop not null,
	add constraint catalogs_owner check ((status = 'custom') = (org_id is not null)),
	add constraint catalogs_titles check (length(title_th) between 1 and 300 and length(title_en) <= 300),
	add constraint catalogs_org_id_key unique (org_id, id);
comment on column public.catalogs.status is
	'official: transcribed from the NACC manual; provisional: partly sourced, to verify; custom: an organisation''s own.';
comment on column public.catalogs.scoring is
	'The year''s scoring rules (roll-up, weights, pass mark, result bands), validated by the app (domain/scheme.ts).';
comment on column public.catalogs.gaps is 'Item codes known to exist whose content was not found: shown as gaps.';
update public.catalogs set shipped_key = 'fy' || fiscal_year where org_id is null;
create index catalogs_year_idx on public.catalogs (fiscal_year);

create trigger catalogs_version before update on public.catalogs
	for each row execute function app.bump_version();

-- Period rules as text, read by one interpreter (domain/period-rule.ts); o23's monthly flag
-- becomes the rule 'monthly:10-3'.
alter table public.catalog_items drop constraint catalog_items_period_rule_check;
update public.catalog_items set period_rule = 'monthly:10-3' where monthly;
update public.catalog_items set period_rule = 'standing' where period_rule = 'none';
alter table public.catalog_items
	drop column monthly,
	add column nothing_to_report_how text check (length(nothing_to_report_how) <= 1000),
	add constraint catalog_items_period_rule_check check (period_rule ~
		'^(current|previous|first_half|plan|made_this_year|standing|(monthly|quarterly):(1[0-2]|[1-9])-(1[0-2]|[1-9]))$'),
	add constraint catalog_items_names check (length(name_th) between 1 and 500 and length(name_en) <= 500),
	add constraint catalog_items_note check (length(note_th) <= 2000);
alter table public.catalog_elements
	add constraint catalog_elements_text check (length(text_th) between 1 and 2000);

-- Every table of an edition carries the edition's owner, so policies and the change log need no
-- join; a trigger copies it from the parent row (nobody writes it).
alter table public.catalog_indicators add column org_id uuid;
alter table public.catalog_sub_indicators add column org_id uuid;
alter table public.catalog_groups add column org_id uuid;
alter table public.catalog_items add column org_id uuid;
alter table public.catalog_elements add column org_id uuid;

create or replace function app.catalog_owner() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
	v_row jsonb := to_jsonb(new);
begin
	if tg_table_name = 'catalog_groups' then
		new.org_id := (select s.org_id from public.catalog_sub_indicators s
			where s.id = (v_row ->> 'sub_indicator_id')::uuid);
	elsif tg_table_name = 'catalog_elements' then
		new.org_id := (select i.org_id from public.catalog_items i where i.id = (v_row ->> 'item_id')::uuid);
	else
		new.org_id := (select c.org_id from public.catalogs c where c.id = (v_row ->> 'catalog_id')::uuid);
	end if;
	return new;
end
$$;
comment on function app.catalog_owner() is
	'Copies the edition''s owner onto its rows; security definer to read the parent whatever the caller sees.';
revoke execute on function app.catalog_owner() from public;

-- Coordinators edit their organisation's custom editions; shipped ones stay the loader's.
do $$
declare
	t text;
begin
	foreach t in array array['catalogs', 'catalog_indicators', 'catalog_sub_indicators',
		'catalog_groups', 'catalog_items', 'catalog_elements']
	loop
		execute format('drop policy "Anyone reads the published checklists" on public.%I', t);
		execute format(
			'create policy "Anyone reads the shipped editions" on public.%I for select to anon using (org_id is null)', t);
		execute format(
			'create policy "Members read shipped editions and their own" on public.%I for select to authenticated
			 using (org_id is null or org_id in (select app.member_org_ids()))', t);
		execute format(
			'create policy "Coordinators add to their editions" on public.%I for insert to authenticated
			 with check (org_id is not null and (select app.has_role(org_id, array[''coordinator''])))', t);
		execute format(
			'create policy "Coordinators edit their editions" on public.%I for update to authenticated
			 using (org_id is not null and (select app.has_role(org_id, array[''coordinator''])))
			 with check (org_id is not null and (select app.has_role(org_id, array[''coordinator''])))', t);
		execute format(
			'create policy "Coordinators remove from their editions" on public.%I for delete to authenticated
			 using (org_id is not null and (select app.has_role(org_id, array[''coordinator''])))', t);
		execute format('grant delete on public.%I to authenticated', t);
		if t <> 'catalogs' then
			execute format(
				'create trigger %I before insert on public.%I for each row execute function app.catalog_owner()',
				t || '_owner', t);
			execute format(
				'create trigger %I after insert or update on public.%I for each row
				 when (new.org_id is not null) execute function app.audit_row(''org_id'')',
				t || '_audit', t);
			execute format(
				'create trigger %I after delete on public.%I for each row
				 when (old.org_id is not null) execute function app.audit_row(''org_id'')',
				t || '_audit_delete', t);
		end if;
	end loop;
end
$$;

-- Columns people may write. An edition's owner and status are set once, at creation.
grant insert (fiscal_year, status, org_id, title_th, title_en, source, notes, gaps, based_on, scoring)
	on public.catalogs to authenticated;
grant update (title_th, title_en, source, notes, gaps, scoring) on public.catalogs to authenticated;
grant insert (catalog_id, code, name_th, name_en, position) on public.catalog_indicators to authenticated;
grant update (code, name_th, name_en, position) on public.catalog_indicators to authenticated;
grant insert (catalog_id, indicator_id, code, name_th, name_en, position)
	on public.catalog_sub_indicators to authenticated;
grant update (indicator_id, code, name_th, name_en, position) on public.catalog_sub_indicators to authenticated;
grant insert (sub_indicator_id, name_th, name_en, position) on public.catalog_groups to authenticated;
grant update (sub_indicator_id, name_th, name_en, position) on public.catalog_groups to authenticated;
grant insert (catalog_id, group_id, code, position, name_th, name_en, period_rule,
	allows_nothing_to_report, nothing_to_report_how, note_th) on public.catalog_items to authenticated;
grant update (group_id, code, position, name_th, name_en, period_rule, allows_nothing_to_report,
	nothing_to_report_how, note_th) on public.catalog_items to authenticated;
grant insert (item_id, position, text_th) on public.catalog_elements to authenticated;
grant update (position, text_th) on public.catalog_elements to authenticated;

-- Catalog-level audit (the edition row itself carries org_id directly).
create trigger catalogs_audit after insert or update on public.catalogs
	for each row when (new.org_id is not null) execute function app.audit_row('org_id');
create trigger catalogs_audit_delete after delete on public.catalogs
	for each row when (old.org_id is not null) execute function app.audit_row('org_id');

-- A round answers an edition of its own fiscal year that is shipped or its organisation's own;
-- the coordinators' insert policy asks this (the round's edition is set once).
create or replace function app.edition_fits(p_catalog uuid, p_year integer, p_org uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
	select exists (
		select 1 from public.catalogs c
		where c.id = p_catalog and c.fiscal_year = p_year and (c.org_id is null or c.org_id = p_org)
	)
$$;
comment on function app.edition_fits(uuid, integer, uuid) is
	'True when a round of the organisation and year may answer the edition; security definer so it sees every edition.';
revoke execute on function app.edition_fits(uuid, integer, uuid) from public;
grant execute on function app.edition_fits(uuid, integer, uuid) to authenticated;

drop policy "Coordinators open cycles" on public.cycles;
create policy "Coordinators open cycles on an edition of the year" on public.cycles
	for insert to authenticated
	with check (
		(select app.has_role(org_id, array['coordinator']))
		and app.edition_fits(catalog_id, fiscal_year, org_id)
	);

-- The public API document of an edition, now without the monthly flag (the rule says it).
create or replace function app.refresh_catalog_document(p_catalog uuid) returns void
language sql
set search_path = ''
as $$
	update public.catalogs c set api_document = coalesce((
		select jsonb_agg(jsonb_build_object(
			'code', i.code,
			'indicator', ind.code,
			'sub_indicator', s.code,
			'group', g.name_th,
			'name_th', i.name_th,
			'name_en', i.name_en,
			'period_rule', i.period_rule,
			'elements', coalesce((select jsonb_agg(e.text_th order by e.position)
				from public.catalog_elements e where e.item_id = i.id), '[]'::jsonb)
		) order by i.position)
		from public.catalog_items i
		join public.catalog_groups g on g.id = i.group_id
		join public.catalog_sub_indicators s on s.id = g.sub_indicator_id
		join public.catalog_indicators ind on ind.id = s.indicator_id
		where i.catalog_id = p_catalog
	), '[]'::jsonb)
	where c.id = p_catalog
$$;
select app.refresh_catalog_document(id) from public.catalogs;
