import type { RequestHandler } from './$types';
import { answerSheet } from '$lib/server/answers';
import { answersXlsx } from '$lib/server/answer-files';

export const GET: RequestHandler = async ({ locals, params }) => {
	const rows = await answerSheet(locals, Number(params.year));
	const body = await answersXlsx(rows, `OIT ${params.year}`);
	return new Response(new Uint8Array(body), {
		headers: {
			'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'Content-Disposition': `attachment; filename="oit-answers-${params.year}.xlsx"`,
			'Cache-Control': 'no-store'
		}
	});
};
