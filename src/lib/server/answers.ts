import { error } from '@sveltejs/kit';
import { asRequestUser, requireRole } from './request';
import { cycleOfYear } from './cycle-items';
import { cycleReadiness } from './readiness';
import { answerRows, type AnswerRow } from '$lib/domain/answer-sheet';
import { roundLinks } from './link-rounds';
import { linkVerdict } from '$lib/domain/link-verdict';
import { expectedYear } from '$lib/domain/period-rule';
import { formatThaiDateTime } from '$lib/domain/thai-date';
import { linkReasonText } from '$lib/link-text';
import { translator } from '$lib/i18n';

/** A row of the answer workbook's link sheet: what the newest check found at each URL. */
export interface LinkLine {
	code: string;
	url: string;
	result: string;
	reasons: string;
	checkedAt: string;
}

/** The answer sheet rows of a fiscal year's cycle, for coordinators and executives. */
export async function answerSheet(locals: App.Locals, year: number): Promise<AnswerRow[]> {
	const member = requireRole(locals, 'coordinator', 'executive');
	return asRequestUser(locals, async (tx) => {
		const cycle = await cycleOfYear(tx, member.orgId, year);
		if (!cycle) error(404, 'Not found');
		return answerRows((await cycleReadiness(tx, cycle)).items);
	});
}

/**
 * Every evidence URL of the year's cycle with its check in Thai words: the workbook's second
 * sheet, so the coordinator sees why an item is answered "ไม่มี" before entering it in ITAS.
 */
export async function answerLinks(locals: App.Locals, year: number): Promise<LinkLine[]> {
	const member = requireRole(locals, 'coordinator', 'executive');
	const t = translator('th');
	const links = await asRequestUser(
		locals,
		async (tx) => {
			const cycle = await cycleOfYear(tx, member.orgId, year);
			if (!cycle) error(404, 'Not found');
			return roundLinks(tx, cycle.id);
		},
		{ readOnly: true }
	);
	return links.map((l) => {
		const verdict = linkVerdict(l.link_check, l.accepted);
		const link = {
			url: l.url,
			check: l.link_check,
			expectedYear: expectedYear(l.period_rule, year)
		};
		return {
			code: l.code,
			url: l.url,
			result: t(`links.state.${verdict.state}`),
			reasons: verdict.reasons.map((r) => linkReasonText(t, r, link)).join('\n'),
			checkedAt: l.link_check ? formatThaiDateTime(new Date(l.link_check.checked_at), 'th') : ''
		};
	});
}
