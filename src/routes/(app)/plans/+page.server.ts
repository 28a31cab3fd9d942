import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { asRequestUser, readAsRequestUser, requireRole } from '$lib/server/request';
import { createPlan, listPlans } from '$lib/server/plans';
import { listDivisions } from '$lib/server/divisions';
import { preview, rowsFromForm, MAX_CARDS, MAX_PASTE } from '$lib/server/plan-import';
import { rowsOfText, textOfRows } from '$lib/domain/plan-text';
import { parseForm, text } from '$lib/server/forms';
import { statedItemCount } from '$lib/domain/plan-totals';
import { translator } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals }) => {
	const member = locals.member!;
	return {
		plans: await readAsRequestUser(locals, (tx) => listPlans(tx, member.orgId)),
		canImport: member.role === 'coordinator'
	};
};

const fields = z.object({ title: text(300), cards: z.string().max(MAX_CARDS).default('') });

/** What the preview shows, and the rows to apply unchanged. */
function previewData(rows: string[][], cards: string) {
	const p = preview(rows, cards);
	const dims = new Set(p.table.items.map((i) => i.dimension));
	return {
		years: p.table.years,
		items: p.table.items.map((i) => ({
			number: i.number,
			dimension: i.dimension,
			kind: i.kind,
			title: i.title,
			owner: i.owner,
			budgets: i.budgets
		})),
		dimensions: dims.size,
		cards: p.cards.length,
		issues: p.table.issues,
		mismatches: p.mismatches,
		statedCount: statedItemCount(p.table.stated),
		errors: p.errors,
		rows: textOfRows(rows)
	};
}

export const actions: Actions = {
	preview: async ({ request, locals }) => {
		requireRole(locals, 'coordinator');
		const t = translator(locals.lang);
		const form = await request.formData();
		const parsed = parseForm(fields, form, t, { title: 'plans.import.name' });
		if (!parsed.ok)
			return fail(400, { action: 'preview', errors: parsed.errors, values: parsed.values });
		const source = await rowsFromForm(form);
		// The pasted table goes back into its box, so a correction does not mean pasting again.
		const pasted = String(form.get('table') ?? '');
		const table = pasted.length <= MAX_PASTE ? pasted : '';
		if (!source.ok) {
			const key =
				source.problem === 'no_table' ? 'plans.import.nothing' : `import.error.${source.problem}`;
			return fail(400, {
				action: 'preview',
				errors: {
					file: t(key as Parameters<typeof t>[0], { value: source.value ?? '', other: '' })
				},
				values: { title: parsed.data.title, cards: parsed.data.cards, table }
			});
		}
		return {
			action: 'preview',
			values: { title: parsed.data.title, cards: parsed.data.cards, table },
			preview: previewData(source.rows, parsed.data.cards)
		};
	},
	apply: async ({ request, locals }) => {
		const member = requireRole(locals, 'coordinator');
		const t = translator(locals.lang);
		const form = await request.formData();
		const parsed = parseForm(fields.extend({ rows: z.string().min(1).max(2_000_000) }), form, t);
		if (!parsed.ok)
			return fail(400, { action: 'preview', errors: parsed.errors, values: parsed.values });
		const rows = rowsOfText(parsed.data.rows);
		const p = preview(rows, parsed.data.cards);
		if (p.errors) {
			return fail(400, {
				action: 'preview',
				values: { title: parsed.data.title, cards: parsed.data.cards },
				preview: previewData(rows, parsed.data.cards)
			});
		}
		const id = await asRequestUser(locals, async (tx) =>
			createPlan(tx, member.orgId, {
				title: parsed.data.title,
				table: p.table,
				cards: p.cards,
				divisions: (await listDivisions(tx, member.orgId)).filter((d) => !d.archived_at)
			})
		);
		redirect(303, `/plans/${id}?imported=1`);
	}
};
