-- The NACC's OIT checklist, one version per fiscal year: indicator → sub-indicator → group → item →
-- required elements, with each item's period rule. Public reference data: anyone may read it,
-- only the catalogue loader (a system task) writes it.

create table public.catalogs (
	id uuid primary key default gen_random_uuid(),
	fiscal_year integer not null unique check (fiscal_year between 2560 and 2700),
	title_th text not null,
	title_en text not null,
	content_hash text not null,
	created_at timestamptz not null default now()
);
comment on table public.catalogs is 'One OIT checklist per Buddhist-era fiscal year.';

create table public.catalog_indicators (
	id uuid primary key default gen_random_uuid(),
	catalog_id uuid not null references public.catalogs (id) on delete restrict,
	code text not null,
	name_th text not null,
	name_en text not null,
	position integer not null,
	unique (catalog_id, code)
);
comment on table public.catalog_indicators is 'Indicators 9 and 10 of a checklist.';

create table public.catalog_sub_indicators (
	id uuid primary key default gen_random_uuid(),
	catalog_id uuid not null references public.catalogs (id) on delete restrict,
	indicator_id uuid not null references public.catalog_indicators (id) on delete restrict,
	code text not null,
	name_th text not null,
	name_en text not null,
	position integer not null,
	unique (catalog_id, code)
);
comment on table public.catalog_sub_indicators is 'Sub-indicators (9.1 … 10.2): the unit the score averages over.';

create table public.catalog_groups (
	id uuid primary key default gen_random_uuid(),
	sub_indicator_id uuid not null references public.catalog_sub_indicators (id) on delete restrict,
	name_th text not null,
	name_en text not null,
	position integer not null
);
comment on table public.catalog_groups is 'Headings that group items inside a sub-indicator.';

create table public.catalog_items (
	id uuid primary key default gen_random_uuid(),
	catalog_id uuid not null references public.catalogs (id) on delete restrict,
	group_id uuid not null references public.catalog_groups (id) on delete restrict,
	code text not null check (code ~ '^o[0-9]{1,3}$'),
	position integer not null,
	name_th text not null,
	name_en text not null,
	period_rule text not null check (period_rule in ('current', 'previous', 'first_half', 'none')),
	monthly boolean not null default false,
	allows_nothing_to_report boolean not null default false,
	note_th text,
	unique (catalog_id, code)
);
comment on table public.catalog_items is 'The OIT items (o1 … o43) an organisation publishes and answers with URLs.';
create index catalog_items_group_idx on public.catalog_items (group_id);

create table public.catalog_elements (
	id uuid primary key default gen_random_uuid(),
	item_id uuid not null references public.catalog_items (id) on delete restrict,
	position integer not null,
	text_th text not null,
	unique (item_id, position)
);
comment on table public.catalog_elements is 'The required content elements of an item, each one checkable on its own.';

do $$
declare
	t text;
begin
	foreach t in array array['catalogs', 'catalog_indicators', 'catalog_sub_indicators',
		'catalog_groups', 'catalog_items', 'catalog_elements']
	loop
		execute format('alter table public.%I enable row level security', t);
		execute format('revoke insert, update, delete, truncate on public.%I from anon, authenticated', t);
		execute format(
			'create policy "Anyone reads the published checklists" on public.%I for select to anon, authenticated using (true)',
			t
		);
	end loop;
end
$$;
