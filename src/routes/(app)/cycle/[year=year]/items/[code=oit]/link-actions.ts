import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestEvent } from './$types';
import { failure, parseForm } from '$lib/server/forms';
import { asRequestUser, sqlState } from '$lib/server/request';
import { cycleOfYear } from '$lib/server/cycle-items';
import { enqueue } from '$lib/server/jobs';
import { recheckLimit } from '$lib/server/recheck-limit';
import { translator } from '$lib/i18n';
import type { Tx } from '$lib/server/db/port';

const acceptSchema = z.object({
	url: z.string().min(1).max(2048),
	reason: z.string().trim().min(5, 'links.acceptReasonShort').max(500)
});
const withdrawSchema = z.object({ url: z.string().min(1).max(2048) });

/** The live evidence URLs of this item in the caller's round (RLS: their organisation only). */
async function itemLinks(tx: Tx, event: RequestEvent) {
	const member = event.locals.member!;
	const cycle = await cycleOfYear(tx, member.orgId, Number(event.params.year));
	if (!cycle) error(404, 'Not found');
	return tx.query<{ id: string; url: string }>(
		`select e.id, e.url from public.evidence e
		 join public.parts p on p.id = e.part_id
		 join public.assignments a on a.id = p.assignment_id
		 join public.catalog_items i on i.id = a.item_id
		 where a.cycle_id = $1 and i.code = $2 and e.kind = 'url' and e.deleted_at is null`,
		[cycle.id, event.params.code]
	);
}

/**
 * Link checks from the item page: check the item's links now (queued, limited per person), and
 * the coordinator's acceptance of an off-site URL with a written reason (the database decides
 * who may: only coordinators).
 */
export const linkActions = {
	checkLinks: async (event: RequestEvent) => {
		const { member, user } = event.locals;
		if (!member || !user) error(403, 'Forbidden');
		const t = translator(event.locals.lang);
		if (!recheckLimit.take(user.id))
			return failure(429, { action: 'checkLinks', errors: { form: t('links.tooMany') } });
		const links = await asRequestUser(event.locals, (tx) => itemLinks(tx, event), {
			readOnly: true
		});
		if (links.length) await enqueue('link-check', { ids: links.map((l) => l.id) });
		return { action: 'checkLinks', queued: links.length };
	},
	acceptLink: async (event: RequestEvent) => {
		const member = event.locals.member;
		if (!member) error(403, 'Forbidden');
		const t = translator(event.locals.lang);
		const parsed = parseForm(acceptSchema, await event.request.formData(), t);
		if (!parsed.ok)
			return failure(400, {
				action: 'acceptLink',
				id: String(parsed.values.url ?? ''),
				errors: parsed.errors,
				values: parsed.values
			});
		const { url, reason } = parsed.data;
		try {
			return await asRequestUser(event.locals, async (tx) => {
				if (!(await itemLinks(tx, event)).some((l) => l.url === url)) error(404, 'Not found');
				await tx.query(
					`insert into public.link_exceptions (org_id, url, reason) values ($1, $2, $3)
					 on conflict (org_id, url) do nothing`,
					[member.orgId, url, reason]
				);
				return { action: 'acceptLink', id: url, saved: true };
			});
		} catch (e) {
			if (sqlState(e) !== '42501') throw e;
			return failure(403, {
				action: 'acceptLink',
				id: url,
				errors: { form: t('item.notAllowed') }
			});
		}
	},
	withdrawLink: async (event: RequestEvent) => {
		const member = event.locals.member;
		if (!member) error(403, 'Forbidden');
		const t = translator(event.locals.lang);
		const parsed = parseForm(withdrawSchema, await event.request.formData(), t);
		if (!parsed.ok) return failure(400, { action: 'withdrawLink', errors: parsed.errors });
		const removed = await asRequestUser(event.locals, (tx) =>
			tx.query('delete from public.link_exceptions where org_id = $1 and url = $2 returning id', [
				member.orgId,
				parsed.data.url
			])
		);
		if (!removed.length)
			return failure(403, { action: 'withdrawLink', errors: { form: t('item.notAllowed') } });
		return { action: 'withdrawLink', id: parsed.data.url, saved: true };
	}
};
