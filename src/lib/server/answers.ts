import { error } from '@sveltejs/kit';
import { asRequestUser, requireRole } from './request';
import { cycleOfYear } from './cycle-items';
import { cycleReadiness } from './readiness';
import { answerRows, type AnswerRow } from '$lib/domain/answer-sheet';

/** The answer sheet rows of a fiscal year's cycle, for coordinators and executives. */
export async function answerSheet(locals: App.Locals, year: number): Promise<AnswerRow[]> {
	const member = requireRole(locals, 'coordinator', 'executive');
	return asRequestUser(locals, async (tx) => {
		const cycle = await cycleOfYear(tx, member.orgId, year);
		if (!cycle) error(404, 'Not found');
		return answerRows((await cycleReadiness(tx, cycle)).items);
	});
}
