-- The two special local governments (องค์กรปกครองส่วนท้องถิ่นรูปแบบพิเศษ), Bangkok (กรุงเทพมหานคร)
-- and Pattaya City (เมืองพัทยา), are assessed in the ITA like the others, so they may set up too.
alter table public.organisations drop constraint organisations_org_type_check;
alter table public.organisations add constraint organisations_org_type_check
	check (org_type in ('pao', 'municipality', 'sao', 'bangkok', 'pattaya'));
comment on column public.organisations.org_type is
	'อบจ. (pao), เทศบาล (municipality), อบต. (sao), or a special local government: กรุงเทพมหานคร (bangkok), เมืองพัทยา (pattaya).';
