/**
 * Which document of the workspace answers an OIT item, recognised by the item's published name
 * so that every edition — the NACC's and an organisation's own copy — gets it: the anti-corruption
 * action plan (FY2565 o39, FY2569 o23), its 6-month report (o40), its annual report (o41, FY2569
 * o24), its corruption-risk assessment (o36, FY2569 o21), the integrity measures (o42) and their results (o43, FY2569 o26).
 */
export type OitDocument =
	'plan' | 'plan_half' | 'plan_annual' | 'plan_risks' | 'measures' | 'measures_results';

const RULES: [RegExp, OitDocument][] = [
	[/^แผนปฏิบัติการป้องกันการทุจริต/, 'plan'],
	[/รายงานการกำกับติดตาม.*ป้องกันการทุจริต.*(6|๖)\s*เดือน/, 'plan_half'],
	[/^รายงานผลการดำเนินการป้องกันการทุจริต/, 'plan_annual'],
	[/^การประเมินความเสี่ยงการทุจริต/, 'plan_risks'],
	[/^มาตรการส่งเสริมคุณธรรมและความโปร่งใส/, 'measures'],
	[/^(การดำเนินการตามมาตรการ|รายงานผลการดำเนินการ(ตามมาตรการ|เพื่อ))ส่งเสริมคุณธรรม/, 'measures_results']
];

export function documentFor(nameTh: string): OitDocument | null {
	const name = nameTh.replace(/\s+/g, ' ').trim();
	return RULES.find(([re]) => re.test(name))?.[1] ?? null;
}

/** Where the document is made for a fiscal year; plan documents need the plan covering it. */
export function documentHref(doc: OitDocument, year: number, planId: string | null): string | null {
	if (doc === 'measures') return `/measures/${year}/print`;
	if (doc === 'measures_results') return `/measures/${year}/print?results=1`;
	if (!planId) return null;
	if (doc === 'plan') return `/plans/${planId}/report?doc=plan&year=${year}`;
	if (doc === 'plan_risks') return `/plans/${planId}/report?doc=risks&year=${year}`;
	const round = doc === 'plan_half' ? 'half' : 'annual';
	return `/plans/${planId}/report?doc=progress&year=${year}&round=${round}`;
}
