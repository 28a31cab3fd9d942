import type { RequestHandler } from './$types';
import { answerLinks, answerSheet } from '$lib/server/answers';
import { answersXlsx } from '$lib/server/answer-files';

export const GET: RequestHandler = async ({ locals, params }) => {
	const year = Number(params.year);
	const [rows, links] = [await answerSheet(locals, year), await answerLinks(locals, year)];
	const body = await answersXlsx(rows, links, `OIT ${year}`);
	return new Response(new Uint8Array(body), {
		headers: {
			'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'Content-Disposition': `attachment; filename="oit-answers-${params.year}.xlsx"`,
			'Cache-Control': 'no-store'
		}
	});
};
