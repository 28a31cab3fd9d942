import { z } from 'zod';
import type { RequestEvent } from './$types';
import { movePart } from '$lib/server/parts';
import { addComment } from '$lib/server/comments';
import { failure, parseForm, invalid } from '$lib/server/forms';
import { sqlState } from '$lib/server/request';
import { isTransitionError, nextStatus } from '$lib/domain/status';
import { actionContext, type PartRef } from './context';

const moveSchema = z.object({
	part_id: z.uuid(),
	version: z.coerce.number().int().positive(),
	action: z.enum(['submit', 'withdraw', 'approve', 'request_changes', 'reopen']),
	comment: z.string().trim().max(4000).optional()
});
const commentSchema = z.object({ part_id: z.uuid(), body: z.string().trim().min(1).max(4000) });

/** Status changes of a part (submit, withdraw, approve, return, reopen) and comments on it. */
export const partActions = {
	move: async (event: RequestEvent) => {
		const { member, t, run } = actionContext(event);
		const parsed = parseForm(moveSchema, await event.request.formData(), t);
		if (!parsed.ok) return invalid('move', parsed);
		const d = parsed.data;
		const notAllowed = () =>
			failure(403, { action: 'move', id: d.part_id, errors: { form: t('item.notAllowed') } });
		const movedMeanwhile = (p: PartRef) =>
			failure(409, {
				action: 'move',
				id: d.part_id,
				errors: { form: t('item.movedMeanwhile', { status: t(`status.${p.status}`) }) },
				current: { status: p.status, version: p.version }
			});
		try {
			return await run(async (tx, part) => {
				const p = await part(d.part_id);
				// Someone moved it since this page was loaded: a conflict, whatever the move was.
				if (p.version !== d.version) return movedMeanwhile(p);
				const mine = member.role === 'coordinator' || member.divisionIds.includes(p.division_id);
				const to = nextStatus(p.status, d.action, member.role, d.comment);
				if (!mine) return notAllowed();
				if (isTransitionError(to)) {
					return to.error === 'comment_required'
						? failure(400, {
								action: 'move',
								id: d.part_id,
								errors: { comment: t('item.commentRequired') }
							})
						: notAllowed();
				}
				const comment = d.action === 'request_changes' ? d.comment : undefined;
				const moved = await movePart(tx, {
					orgId: member.orgId,
					partId: p.id,
					version: d.version,
					to,
					comment
				});
				if (!moved) return movedMeanwhile(await part(d.part_id));
				return { action: 'move', id: d.part_id, saved: true };
			});
		} catch (e) {
			if (sqlState(e) === '42501') return notAllowed();
			throw e;
		}
	},
	comment: async (event: RequestEvent) => {
		const { member, t, run } = actionContext(event);
		const parsed = parseForm(commentSchema, await event.request.formData(), t, {
			body: 'item.comments'
		});
		if (!parsed.ok) return invalid('comment', parsed, 'part_id');
		try {
			await run(async (tx, part) => {
				const p = await part(parsed.data.part_id);
				await addComment(tx, member.orgId, p.id, parsed.data.body);
			});
		} catch (e) {
			if (sqlState(e) === '42501')
				return failure(403, { action: 'comment', errors: { form: t('common.forbidden') } });
			throw e;
		}
		return { action: 'comment', id: parsed.data.part_id, saved: true };
	}
};
