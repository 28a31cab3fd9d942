import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { asRequestUser, requireRole } from '$lib/server/request';
import { listCycles } from '$lib/server/cycles';
import { cycleOfYear } from '$lib/server/cycle-items';
import { recordSnapshot } from '$lib/server/snapshots';
import { choicesFor, currentFiscalYear, openRound, RoundExists } from '$lib/server/rounds';
import { failure, formObject, keepValues, parseForm, requiredDate } from '$lib/server/forms';
import { defaultCalendar } from '$lib/domain/cycle-calendar';
import { FISCAL_YEARS, isFiscalYear } from '$lib/domain/fiscal';
import { translator } from '$lib/i18n';

/** The organisation's rounds, and the form that opens one for another fiscal year. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const member = requireRole(locals, 'coordinator');
	const current = currentFiscalYear();
	return asRequestUser(locals, async (tx) => {
		const rounds = await listCycles(tx, member.orgId);
		const taken = new Set(rounds.map((r) => r.fiscal_year));
		const asked = Number(url.searchParams.get('year'));
		const year = isFiscalYear(asked)
			? asked
			: ([current, current + 1, current - 1].find((y) => !taken.has(y)) ?? current + 1);
		return {
			rounds,
			year,
			taken: taken.has(year),
			years: [current - 1, current, current + 1, current + 2].filter((y) => !taken.has(y)),
			choices: await choicesFor(tx, year),
			calendar: defaultCalendar(year)
		};
	});
};

const schema = z
	.object({
		fiscal_year: z.coerce.number().int().min(FISCAL_YEARS.min).max(FISCAL_YEARS.max),
		edition: z.string().default(''),
		oit_opens: requiredDate,
		oit_closes: requiredDate,
		internal_deadline: requiredDate
	})
	.refine((v) => v.oit_closes >= v.oit_opens, {
		message: 'round.closesBeforeOpens',
		path: ['oit_closes']
	})
	.refine((v) => z.uuid().safeParse(v.edition).success, {
		message: 'round.editionRequired',
		path: ['edition']
	});

export const actions: Actions = {
	open: async ({ locals, request }) => {
		const member = requireRole(locals, 'coordinator');
		const t = translator(locals.lang);
		const form = await request.formData();
		const parsed = parseForm(schema, form, t, {
			edition: 'round.choose',
			oit_opens: 'dash.oitOpens',
			oit_closes: 'dash.oitCloses',
			internal_deadline: 'dash.internalDeadline'
		});
		if (!parsed.ok) return failure(400, { errors: parsed.errors, values: parsed.values });
		const d = parsed.data;
		const refuse = (field: string, message: string) =>
			failure(400, { errors: { [field]: message }, values: keepValues(formObject(form)) });
		try {
			const opened = await asRequestUser(locals, async (tx) => {
				const round = await openRound(tx, {
					orgId: member.orgId,
					fiscalYear: d.fiscal_year,
					editionId: d.edition,
					calendar: {
						oitOpens: d.oit_opens,
						oitCloses: d.oit_closes,
						internalDeadline: d.internal_deadline
					}
				});
				// The trend starts on the day the round opens (last: it ends the user's role).
				if (round) await recordSnapshot(tx, (await cycleOfYear(tx, member.orgId, d.fiscal_year))!);
				return round;
			});
			if (!opened) return refuse('edition', t('round.editionUnavailable'));
		} catch (e) {
			if (e instanceof RoundExists)
				return refuse('fiscal_year', t('round.exists', { year: d.fiscal_year }));
			throw e;
		}
		redirect(303, `/cycle/${d.fiscal_year}/matrix`);
	}
};
