import type { RequestHandler } from './$types';
import { readAsRequestUser } from '$lib/server/request';
import { loadPlanPage } from '$lib/server/plan-page';
import { planWorkbook } from '$lib/server/plan-files';
import { XLSX_TYPE } from '$lib/server/matrix-files';
import { translator } from '$lib/i18n';

/** The plan and the chosen round's report as one workbook (year and round from the query). */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const member = locals.member!;
	const t = translator(locals.lang);
	const page = await readAsRequestUser(locals, (tx) =>
		loadPlanPage(tx, member.orgId, params.id, url)
	);
	const { plan, year, round } = page;
	const years = Array.from(
		{ length: plan.last_year - plan.first_year + 1 },
		(_, i) => plan.first_year + i
	);
	const body = await planWorkbook({
		title: plan.title,
		orgName: member.orgName,
		years,
		year,
		round,
		items: page.items,
		progress: page.progress,
		labels: {
			plan: t('plans.xlsx.planSheet'),
			report: t('plans.xlsx.reportSheet', { year, round: t(`plans.doc.roundName.${round}`) }),
			dimension: (n) => t('plans.dimension', { n }),
			status: (s) => t(`plans.status.${s}`),
			unbudgeted: t('plans.kind.unbudgeted'),
			head: {
				plan: [
					t('plans.col.dimension'),
					t('plans.col.mission'),
					t('plans.col.item'),
					...years.map((y) => t('plans.col.yearBudget', { year: y })),
					t('plans.col.ownerNote')
				],
				summary: [
					t('plans.col.dimension'),
					t('plans.doc.itemsCol'),
					t('plans.col.reported'),
					t('plans.col.done'),
					t('plans.col.planned'),
					t('plans.col.spent')
				],
				report: [
					t('plans.col.number'),
					t('plans.col.item'),
					t('plans.progress.status'),
					t('plans.progress.done'),
					t('plans.col.planned'),
					t('plans.col.spent'),
					t('plans.progress.problems')
				]
			}
		}
	});
	const name = encodeURIComponent(`${plan.title} ${year}.xlsx`);
	return new Response(body as BodyInit, {
		headers: {
			'content-type': XLSX_TYPE,
			'content-disposition': `attachment; filename="action-plan-${year}.xlsx"; filename*=UTF-8''${name}`,
			'cache-control': 'private, no-store'
		}
	});
};
