import { z } from 'zod';
import type { RequestEvent } from './$types';
import { movePart } from '$lib/server/parts';
import { addComment } from '$lib/server/comments';
import { itemShortfall } from '$lib/server/item-shortfall';
import { failure, parseForm, invalid } from '$lib/server/forms';
import { sqlState } from '$lib/server/request';
import { ACTIONS } from '$lib/domain/status';
import { actionContext, type PartRef } from './context';

const moveSchema = z.object({
	part_id: z.uuid(),
	version: z.coerce.number().int().positive(),
	action: z.enum(ACTIONS),
	comment: z.string().trim().max(4000).optional(),
	/** Present when the person has seen what the move leaves short and goes ahead. */
	confirm: z.literal('yes').optional()
});
const commentSchema = z.object({ part_id: z.uuid(), body: z.string().trim().min(1).max(4000) });

/**
 * Status changes of a part (submit, withdraw, approve, return, reopen) and comments on it. The
 * database says which moves the caller may make (the part's `actions`) and enforces them again
 * when the row changes; a submission or approval that leaves the item short waits for `confirm`.
 */
export const partActions = {
	move: async (event: RequestEvent) => {
		const { t, run } = actionContext(event);
		const parsed = parseForm(moveSchema, await event.request.formData(), t);
		if (!parsed.ok) return invalid('move', parsed);
		const d = parsed.data;
		const at = { action: 'move', id: d.part_id };
		const notAllowed = () => failure(403, { ...at, errors: { form: t('item.notAllowed') } });
		const movedMeanwhile = (p: PartRef) =>
			failure(409, {
				...at,
				errors: { form: t('item.movedMeanwhile', { status: t(`status.${p.status}`) }) },
				current: { status: p.status, version: p.version }
			});
		try {
			return await run(async (tx, part, cycle) => {
				const p = await part(d.part_id);
				// Someone moved it since this page was loaded: a conflict, whatever the move was.
				if (p.version !== d.version) return movedMeanwhile(p);
				if (!p.actions.includes(d.action)) return notAllowed();
				const comment = d.action === 'request_changes' ? d.comment : undefined;
				if (d.action === 'request_changes' && !comment) {
					return failure(400, { ...at, errors: { comment: t('item.commentRequired') } });
				}
				if ((d.action === 'submit' || d.action === 'approve') && !d.confirm) {
					const missing = await itemShortfall(tx, cycle, String(event.params.code), d.action);
					if (missing)
						return failure(422, { ...at, errors: {}, missing, values: { move: d.action } });
				}
				const moved = await movePart(tx, {
					orgId: cycle.org_id,
					partId: p.id,
					version: d.version,
					action: d.action,
					comment
				});
				if (!moved) return movedMeanwhile(await part(d.part_id));
				return { ...at, saved: true };
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
