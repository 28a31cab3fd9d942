// Its own module: the pages that show checks need this text, not the link checker itself.

/**
 * The newest check of an evidence row's current URL and whether a coordinator accepted that URL
 * off-domain, as two columns of a query over `public.evidence e`.
 */
export const LINK_CHECK_COLUMNS = `(select row_to_json(l) from (
			select lc.outcome, lc.reason, lc.http_status, lc.final_url, lc.title, lc.on_domain, lc.flagged_host,
				lc.year_check, lc.years_seen, lc.checked_at
			from public.link_checks lc where lc.evidence_id = e.id and lc.url = e.url
			order by lc.checked_at desc limit 1) l) as link_check,
		exists (select 1 from public.link_exceptions x where x.org_id = e.org_id and x.url = e.url)
			as accepted`;
