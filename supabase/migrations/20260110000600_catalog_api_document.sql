-- The public catalogue API serves the same document for every request of a year; the loader
-- derives it once from the normalised tables (never edited by hand) so a request is one row read.
alter table public.catalogs add column api_document jsonb;
comment on column public.catalogs.api_document is
	'The /api/v1/catalogs/<year> answer, derived by app.refresh_catalog_document() from the item tables.';

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
			'monthly', i.monthly,
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
revoke execute on function app.refresh_catalog_document(uuid) from public;

select app.refresh_catalog_document(id) from public.catalogs;
