import type { RequestHandler } from './$types';
import { answerSheet } from '$lib/server/answers';
import { answersCsv } from '$lib/server/answer-files';

export const GET: RequestHandler = async ({ locals, params }) =>
	new Response(answersCsv(await answerSheet(locals, Number(params.year))), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="oit-answers-${params.year}.csv"`,
			'Cache-Control': 'no-store'
		}
	});
