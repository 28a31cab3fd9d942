import type { Tx } from './db/port';
import type { PeriodRule } from '$lib/domain/catalog';
import type { ItemStatus } from '$lib/domain/status';
import { addDays } from '$lib/domain/fiscal';
import { ruleWindow } from '$lib/domain/period-rule';
import { round2, scoreCycle, type ItemState } from '$lib/domain/scoring';
import { GRADE_SCHEME } from '$lib/domain/scheme';
import { demoUrl } from './demo-links';

/**
 * The demo's story as of mid-February 2565: a week before the internal deadline most standing
 * items are approved, some wait for review, two were sent back, the first-half items cannot be
 * finished before 31 March; ฝ่ายสถิติ's o5, o6, o8, o9 and o32 are still open. `day` is how many days before the as-of date the item reached its
 * status, which also draws four weeks of readiness history.
 */
const STORY: Record<string, { status: ItemStatus; day: number; comment?: string }> = {
	o1: { status: 'approved', day: 24 },
	o2: { status: 'approved', day: 22 },
	o3: { status: 'submitted', day: 2 },
	o4: { status: 'approved', day: 18 },
	o7: { status: 'approved', day: 15 },
	o10: { status: 'approved', day: 12 },
	o12: { status: 'submitted', day: 3 },
	o16: { status: 'approved', day: 10 },
	o18: { status: 'approved', day: 14 },
	o20: { status: 'submitted', day: 2 },
	o21: { status: 'approved', day: 9 },
	o22: { status: 'approved', day: 8 },
	o24: { status: 'changes_requested', day: 4, comment: 'รายงานต้องมีปัญหา อุปสรรค และข้อเสนอแนะด้วย' },
	o25: { status: 'approved', day: 13 },
	o26: { status: 'submitted', day: 5 },
	o27: { status: 'approved', day: 11 },
	o28: { status: 'draft', day: 1 },
	o29: { status: 'approved', day: 16 },
	o30: { status: 'approved', day: 16 },
	o34: { status: 'approved', day: 19 },
	o36: { status: 'submitted', day: 6 },
	o37: { status: 'draft', day: 2 },
	o39: { status: 'approved', day: 7 },
	o41: { status: 'changes_requested', day: 3, comment: 'ใช้รายงานปี พ.ศ. 2564 ไม่ใช่ปี พ.ศ. 2563' },
	o42: { status: 'submitted', day: 4 },
	o43: { status: 'draft', day: 1 }
};

interface StoryItem {
	code: string;
	indicator: string;
	sub_indicator: string;
	period_rule: PeriodRule;
	elements: number;
	parts: { id: string; division_id: string }[];
}

export async function tellDemoStory(
	tx: Tx,
	orgId: string,
	cycleId: string,
	asOf: string
): Promise<void> {
	const items = await tx.query<StoryItem & Record<string, unknown>>(
		`select i.code, ind.code as indicator, s.code as sub_indicator, i.period_rule,
			(select count(*) from public.catalog_elements e where e.item_id = i.id)::int as elements,
			(select jsonb_agg(jsonb_build_object('id', p.id, 'division_id', p.division_id) order by p.is_lead desc)
				from public.parts p where p.assignment_id = a.id) as parts
		 from public.assignments a
		 join public.catalog_items i on i.id = a.item_id
		 join public.catalog_groups g on g.id = i.group_id
		 join public.catalog_sub_indicators s on s.id = g.sub_indicator_id
		 join public.catalog_indicators ind on ind.id = s.indicator_id
		 where a.cycle_id = $1 order by i.position`,
		[cycleId]
	);
	for (const item of items) {
		const story = STORY[item.code];
		if (!story) continue;
		const window = ruleWindow(item.period_rule, 2565);
		for (const part of item.parts) {
			if (story.status !== 'draft' || part === item.parts[0]) {
				await tx.query(
					`insert into public.evidence (org_id, part_id, kind, url, title, note, covers_from, covers_to,
						element_positions, created_by)
					 values ($1, $2, 'url', $3, $4, $5, $6, $7, $8,
						(select user_id from public.memberships where org_id = $1 and role = 'coordinator' limit 1))`,
					[
						orgId,
						part.id,
						demoUrl(item.code),
						`${item.code} บนเว็บไซต์ อบจ.พะเยา`,
						'เมนู ITA 2565 › ' + item.code,
						window?.from ?? null,
						window?.to ?? null,
						Array.from({ length: item.elements }, (_, i) => i)
					]
				);
			}
			await tx.query(
				`update public.parts set status = $2, review_comment = $3,
					submitted_at = case when $2 in ('submitted', 'approved', 'changes_requested') then $4::date - 1 end,
					reviewed_at = case when $2 in ('approved', 'changes_requested') then $4::date end
				 where id = $1`,
				[part.id, story.status, story.comment ?? null, addDays(asOf, -story.day)]
			);
		}
	}
	await tx.query(
		'update public.cycles set iit_estimate = 84.5, eit_estimate = 87.2 where id = $1',
		[cycleId]
	);
	await drawHistory(tx, orgId, cycleId, asOf, items);
}

/** Four weeks of daily snapshots, scored with the same arithmetic as the dashboard. */
async function drawHistory(
	tx: Tx,
	orgId: string,
	cycleId: string,
	asOf: string,
	items: StoryItem[]
) {
	for (let back = 28; back >= 1; back--) {
		const states: ItemState[] = items.map((i) => {
			const s = STORY[i.code];
			const reached = s && s.day >= back;
			const status: ItemStatus = reached ? s.status : 'not_started';
			return { code: i.code, status, elementsCovered: true, periodMet: true };
		});
		const inputs = { iit: 84.5, eit: 87.2, target: 85 };
		const confirmed = scoreCycle(items, states, inputs, 'confirmed', GRADE_SCHEME);
		const pipeline = scoreCycle(items, states, inputs, 'pipeline', GRADE_SCHEME);
		await tx.query(
			`insert into public.readiness_snapshots (org_id, cycle_id, day, confirmed_oit, pipeline_oit,
				approved_items, submitted_items) values ($1, $2, $3, $4, $5, $6, $7)
			 on conflict (cycle_id, day) do nothing`,
			[
				orgId,
				cycleId,
				addDays(asOf, -back),
				round2(confirmed.oit),
				round2(pipeline.oit),
				states.filter((s) => s.status === 'approved').length,
				states.filter((s) => s.status === 'submitted').length
			]
		);
	}
}
