import type { Tx } from './db/port';
import type { LinkCheck } from '$lib/domain/link-verdict';
import { expectedYear, type PeriodRule } from '$lib/domain/period-rule';

/**
 * The demo's links as a check found them the night before its "as of" day (the agency's site is
 * not fetched from a demo): most pass, and four approved items show what the assessors give 0
 * for — a file on Google Drive (o10), a dead page (o16), a page off the main website (o21) and
 * last year's plan (o39). o7 is a scanned PDF whose year must be read by eye, and o29 lives on
 * a national platform the coordinator accepted with a reason.
 */
const FOUND: Record<string, { url?: string; check?: Partial<LinkCheck>; accept?: string }> = {
	o7: { check: { year_check: 'no_text_layer', title: null } },
	o10: {
		url: 'https://drive.google.com/file/d/1Pyo2565o10/view',
		check: { on_domain: false, flagged_host: 'google_drive', title: 'o10.pdf - Google ไดรฟ์' }
	},
	o16: { check: { outcome: 'dead', http_status: 404, title: null, year_check: 'not_applicable' } },
	o21: { url: 'https://www.pyopao.org/ita2565/o21', check: { on_domain: false } },
	o29: {
		url: 'https://info.dla.go.th/public/surveyInfo.do?org=pyo',
		check: { on_domain: false, title: 'ระบบข้อมูลกลางองค์กรปกครองส่วนท้องถิ่น' },
		accept: 'ระบบข้อมูลกลางของกรมส่งเสริมการปกครองท้องถิ่น ใช้ตอบข้อนี้แทนเว็บไซต์หน่วยงาน'
	},
	o39: {
		check: {
			year_check: 'other_year',
			years_seen: [2564],
			title: 'แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2564'
		}
	}
};

/** The address of an item's evidence in the demo. */
export const demoUrl = (code: string) =>
	FOUND[code]?.url ?? `https://www.pyo.go.th/ita2565/${code}`;

export async function recordDemoLinks(
	tx: Tx,
	orgId: string,
	cycleId: string,
	asOf: string
): Promise<void> {
	const evidence = await tx.query<{
		id: string;
		code: string;
		url: string;
		title: string;
		period_rule: PeriodRule;
	}>(
		`select e.id, i.code, e.url, e.title, i.period_rule
		 from public.evidence e
		 join public.parts p on p.id = e.part_id
		 join public.assignments a on a.id = p.assignment_id
		 join public.catalog_items i on i.id = a.item_id
		 where a.cycle_id = $1 and e.kind = 'url'`,
		[cycleId]
	);
	const [coordinator] = await tx.query<{ user_id: string }>(
		`select user_id from public.memberships where org_id = $1 and role = 'coordinator' limit 1`,
		[orgId]
	);
	for (const e of evidence) {
		const found = FOUND[e.code] ?? {};
		const url = e.url;
		const check: Omit<LinkCheck, 'checked_at'> = {
			outcome: 'live',
			reason: null,
			http_status: 200,
			final_url: null,
			title: e.title,
			on_domain: true,
			flagged_host: null,
			year_check: expectedYear(e.period_rule, 2565) === null ? 'not_applicable' : 'found',
			years_seen: [],
			...found.check
		};
		await tx.query(
			`insert into public.link_checks (org_id, evidence_id, url, checked_at, outcome, http_status,
				final_url, title, on_domain, flagged_host, year_check, years_seen)
			 values ($1, $2, $3, ($4::date - 1) + interval '1 hour 30 minutes', $5, $6, $7, $8, $9, $10,
				$11, $12)`,
			[
				orgId,
				e.id,
				url,
				asOf,
				check.outcome,
				check.http_status,
				check.final_url,
				check.title,
				check.on_domain,
				check.flagged_host,
				check.year_check,
				check.years_seen
			]
		);
		if (found.accept) {
			await tx.query(
				`insert into public.link_exceptions (org_id, url, reason, accepted_by) values ($1, $2, $3, $4)
				 on conflict do nothing`,
				[orgId, url, found.accept, coordinator.user_id]
			);
		}
	}
}
