-- Readiness reads a round's evidence by part (`join public.evidence e on e.part_id = p.id`). The
-- evidence_part_idx index leads with org_id, which that join does not give, so on a database
-- shared by many organisations PostgreSQL read the whole evidence table for one organisation's
-- dashboard. This index serves the join directly, whatever the number of organisations.
create index evidence_part_id_idx on public.evidence (part_id);
comment on index public.evidence_part_id_idx is
	'Evidence of a part: readiness, the dashboard and the items API join evidence to parts by part_id.';
