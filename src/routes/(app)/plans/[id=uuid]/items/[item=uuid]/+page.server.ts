import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { asRequestUser, readAsRequestUser, requireRole, sqlState } from '$lib/server/request';
import { getPlan, getPlanItem, setOwners } from '$lib/server/plans';
import { getProgress, reviewProgress, saveProgress } from '$lib/server/plan-progress';
import { pickRound, pickYear } from '$lib/server/plan-page';
import { listDivisions } from '$lib/server/divisions';
import { formObject } from '$lib/server/forms';
import { normaliseEvidenceUrl } from '$lib/domain/evidence-url';
import { parseThaiNumber } from '$lib/domain/thai-number';
import { translator, type MessageKey } from '$lib/i18n';
import type { Tx } from '$lib/server/db/port';

async function context(tx: Tx, orgId: string, params: { id: string; item: string }, url: URL) {
	const [plan, item] = await Promise.all([
		getPlan(tx, orgId, params.id),
		getPlanItem(tx, orgId, params.item)
	]);
	if (!plan || !item || item.plan_id !== plan.id) error(404, 'No such plan item');
	const year = pickYear(url, plan.first_year, plan.last_year);
	const round = pickRound(url);
	const [owns] = await tx.query<{ owns: boolean }>('select app.owns_plan_item($1, $2) as owns', [
		orgId,
		item.id
	]);
	return { plan, item, year, round, owns: owns.owns };
}

/** An item's detail card and its report for the year and round, with what the caller may do. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const member = locals.member!;
	return readAsRequestUser(locals, async (tx) => {
		const c = await context(tx, member.orgId, params, url);
		const [progress, divisions] = await Promise.all([
			getProgress(tx, member.orgId, c.item.id, c.year, c.round),
			listDivisions(tx, member.orgId)
		]);
		const coordinator = member.role === 'coordinator';
		return {
			...c,
			progress,
			owners: divisions.filter((d) => c.item.owner_division_ids.includes(d.id)).map((d) => d.name),
			divisions: coordinator
				? divisions
						.filter((d) => !d.archived_at || c.item.owner_division_ids.includes(d.id))
						.map((d) => ({ id: d.id, name: d.name, sub: Boolean(d.parent_id) }))
				: [],
			canReport: (coordinator || c.owns) && progress?.review !== 'approved',
			canReview: coordinator && progress?.review === 'submitted'
		};
	});
};

const STATUSES = ['not_started', 'in_progress', 'done', 'cancelled'] as const;
const report = z.object({
	status: z.enum(STATUSES),
	done_text: z.string().trim().max(8000).default(''),
	spent: z.string().trim().max(30).default(''),
	problems: z.string().trim().max(4000).default(''),
	suggestions: z.string().trim().max(4000).default(''),
	version: z.string().default(''),
	submit: z.string().default('')
});

export const actions: Actions = {
	owners: async ({ request, locals, params, url }) => {
		const member = requireRole(locals, 'coordinator');
		const t = translator(locals.lang);
		const form = await request.formData();
		const ids = z.array(z.uuid()).max(100).safeParse(form.getAll('division'));
		const version = z.coerce.number().int().positive().safeParse(form.get('version'));
		if (!ids.success || !version.success) {
			return fail(400, { action: 'owners', errors: { form: t('plans.progress.invalid') } });
		}
		try {
			const ok = await asRequestUser(locals, async (tx) => {
				const c = await context(tx, member.orgId, params, url);
				return setOwners(tx, member.orgId, c.item.id, version.data, ids.data);
			});
			if (!ok) return fail(409, { action: 'owners', errors: { form: t('common.conflict') } });
		} catch (e) {
			if (sqlState(e) === '23503') {
				return fail(400, { action: 'owners', errors: { form: t('v.unknownChoice') } });
			}
			throw e;
		}
		return { action: 'owners', ownersSaved: true };
	},
	save: async ({ request, locals, params, url }) => {
		const member = locals.member!;
		const t = translator(locals.lang);
		const form = await request.formData();
		const values = formObject(form);
		const parsed = report.safeParse(values);
		const errors: Record<string, string> = {};
		if (!parsed.success)
			return fail(400, { action: 'save', values, errors: { form: t('plans.progress.invalid') } });
		const d = parsed.data;
		const spent = d.spent ? parseThaiNumber(d.spent) : null;
		if (d.spent && (spent === null || spent < 0)) errors.spent = t('plans.progress.badSpent');
		const urls: string[] = [];
		for (const raw of form
			.getAll('url')
			.map(String)
			.filter((u) => u.trim())) {
			const u = normaliseEvidenceUrl(raw);
			if ('problem' in u) errors.url = `${raw}: ${t(`url.${u.problem}` as MessageKey)}`;
			else urls.push(u.url);
		}
		if (urls.length > 20) errors.url = t('plans.progress.tooManyUrls');
		if (d.submit && d.status === 'not_started')
			errors.status = t('plans.progress.submitNotStarted');
		if (Object.keys(errors).length) return fail(400, { action: 'save', values, errors });
		const version = d.version ? Number(d.version) : null;
		try {
			const ok = await asRequestUser(locals, async (tx) => {
				const c = await context(tx, member.orgId, params, url);
				return saveProgress(
					tx,
					member.orgId,
					{ itemId: c.item.id, year: c.year, round: c.round },
					version,
					{
						status: d.status,
						done_text: d.done_text,
						spent,
						problems: d.problems,
						suggestions: d.suggestions,
						evidence_urls: urls,
						submit: Boolean(d.submit)
					}
				);
			});
			if (!ok) return fail(409, { action: 'save', values, errors: { form: t('common.conflict') } });
		} catch (e) {
			const state = sqlState(e);
			if (state === '42501')
				return fail(403, {
					action: 'save',
					values,
					errors: { form: t('plans.progress.notOwner') }
				});
			if (state === '23514')
				return fail(400, { action: 'save', values, errors: { form: t('plans.progress.refused') } });
			throw e;
		}
		return { action: 'save', saved: d.submit ? 'submitted' : 'draft' };
	},
	review: async ({ request, locals, params, url }) => {
		const member = requireRole(locals, 'coordinator');
		const t = translator(locals.lang);
		const form = await request.formData();
		const parsed = z
			.object({
				id: z.uuid(),
				version: z.coerce.number().int().positive(),
				decision: z.enum(['approve', 'return']),
				comment: z.string().trim().max(4000).default('')
			})
			.safeParse(formObject(form));
		if (!parsed.success)
			return fail(400, { action: 'review', errors: { form: t('plans.progress.invalid') } });
		const d = parsed.data;
		if (d.decision === 'return' && !d.comment) {
			return fail(400, {
				action: 'review',
				errors: { comment: t('plans.review.commentNeeded') },
				values: formObject(form)
			});
		}
		const ok = await asRequestUser(locals, async (tx) => {
			await context(tx, member.orgId, params, url);
			return reviewProgress(
				tx,
				member.orgId,
				d.id,
				d.version,
				d.decision === 'approve' ? { approve: true } : { approve: false, comment: d.comment }
			);
		});
		if (!ok) return fail(409, { action: 'review', errors: { form: t('common.conflict') } });
		return { action: 'review', reviewed: d.decision };
	}
};
