/**
 * The coordinator's assignment actions of the matrix page: one item, several items to one division,
 * and a due date. Anyone else gets 403 here, and RLS would refuse the writes as well.
 */
import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestEvent } from './$types';
import { asRequestUser, Rejected, requireRole, sqlState } from '$lib/server/request';
import { assign, matrix, OwnerHasEvidence, setDueDate } from '$lib/server/assignments';
import { listDivisions } from '$lib/server/divisions';
import { cycleOfYear } from '$lib/server/cycle-items';
import { dueDefaults, monthDuesFor } from '$lib/server/matrix-import';
import { recordSnapshot } from '$lib/server/snapshots';
import {
	formObject,
	optionalDate,
	parseForm,
	requiredDate,
	type FieldErrors
} from '$lib/server/forms';
import type { Tx } from '$lib/server/db/port';
import { translator, type Translate } from '$lib/i18n';
import { formatThaiDate } from '$lib/domain/thai-date';

const code = z.string().regex(/^o[1-9]\d{0,2}$/);
/** Checkboxes: absent, one value or several → an array. */
const list = <T extends z.ZodType>(item: T, min = 0, message?: string) =>
	z.preprocess(
		(v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
		z.array(item).min(min, message).max(100)
	);

const oneSchema = z
	.object({
		code,
		version: z.union([z.literal(''), z.coerce.number().int().positive()]),
		owner_mode: z.enum(['divisions', 'all', 'all_public']),
		lead: z.union([z.literal(''), z.uuid()]),
		support: list(z.uuid()),
		due_date: optionalDate
	})
	.refine((v) => v.owner_mode !== 'divisions' || v.lead !== '', {
		path: ['lead'],
		message: 'matrix.leadRequired'
	});

const bulkSchema = z.object({
	codes: list(code, 1, 'matrix.noneSelected'),
	division: z.uuid('matrix.divisionRequired'),
	due_date: optionalDate
});

const dueSchema = z.object({
	code,
	assignment_id: z.uuid(),
	version: z.coerce.number().int().positive(),
	due_date: requiredDate
});

async function context(tx: Tx, member: Member, year: string, t: Translate) {
	const cycle = await cycleOfYear(tx, member.orgId, Number(year));
	if (!cycle) throw new Rejected(t('common.notFound'));
	const rows = await matrix(tx, cycle.id);
	const divisions = await listDivisions(tx, member.orgId);
	const active = new Set(divisions.filter((d) => !d.archived_at).map((d) => d.id));
	return { cycle, rows, active };
}

/** Runs the writes; a Rejected reason or a refusal of the database becomes a form error. */
async function attempt(t: Translate, fn: () => Promise<void>): Promise<FieldErrors | null> {
	try {
		await fn();
		return null;
	} catch (e) {
		if (e instanceof Rejected) return { form: e.reason };
		if (e instanceof OwnerHasEvidence) return { form: t('matrix.hasEvidence') };
		if (sqlState(e) === '42501') return { form: t('common.forbidden') };
		throw e;
	}
}

export async function assignOne({ request, locals, params }: RequestEvent) {
	const member = requireRole(locals, 'coordinator');
	const t = translator(locals.lang);
	const form = await request.formData();
	const parsed = parseForm(oneSchema, form, t, { lead: 'matrix.lead' });
	if (!parsed.ok) {
		return fail(400, { action: 'assign' as const, errors: parsed.errors, values: parsed.values });
	}
	const d = parsed.data;
	let status = 400;
	const errors = await attempt(t, () =>
		asRequestUser(locals, async (tx) => {
			const { cycle, rows, active } = await context(tx, member, params.year, t);
			const row = rows.find((r) => r.code === d.code);
			if (!row) throw new Rejected(t('common.notFound'));
			if ((row.version ?? '') !== d.version) {
				status = 409;
				throw new Rejected(t('common.conflict'));
			}
			const ids = d.owner_mode === 'divisions' ? [...new Set([d.lead, ...d.support])] : [];
			if (ids.some((id) => !active.has(id))) throw new Rejected(t('v.choice'));
			await assign(tx, {
				orgId: member.orgId,
				cycleId: cycle.id,
				itemId: row.item_id,
				ownerMode: d.owner_mode,
				divisionIds: ids,
				dueDate: d.due_date || dueDefaults(cycle, row).dueDate,
				monthDues: monthDuesFor(cycle, row)
			});
			await recordSnapshot(tx, cycle);
		})
	);
	if (errors) {
		return fail(status, { action: 'assign' as const, errors, values: formObject(form) });
	}
	return { action: 'assign' as const, saved: true, code: d.code };
}

export async function assignBulk({ request, locals, params }: RequestEvent) {
	const member = requireRole(locals, 'coordinator');
	const t = translator(locals.lang);
	const form = await request.formData();
	const parsed = parseForm(bulkSchema, form, t);
	if (!parsed.ok) {
		return fail(400, { action: 'bulk' as const, errors: parsed.errors, values: parsed.values });
	}
	const d = parsed.data;
	const errors = await attempt(t, () =>
		asRequestUser(locals, async (tx) => {
			const { cycle, rows, active } = await context(tx, member, params.year, t);
			if (!active.has(d.division)) throw new Rejected(t('v.choice'));
			const held: string[] = [];
			for (const row of rows.filter((r) => d.codes.includes(r.code))) {
				try {
					await assign(tx, {
						orgId: member.orgId,
						cycleId: cycle.id,
						itemId: row.item_id,
						ownerMode: 'divisions',
						divisionIds: [d.division],
						dueDate: d.due_date || row.due_date || dueDefaults(cycle, row).dueDate,
						monthDues: monthDuesFor(cycle, row)
					});
				} catch (e) {
					if (!(e instanceof OwnerHasEvidence)) throw e;
					held.push(row.code);
				}
			}
			if (held.length) throw new Rejected(t('matrix.bulkHasEvidence', { codes: held.join(', ') }));
			await recordSnapshot(tx, cycle);
		})
	);
	if (errors) return fail(400, { action: 'bulk' as const, errors, values: formObject(form) });
	return { action: 'bulk' as const, saved: true, count: d.codes.length };
}

/** One row's due date, based on the version the user saw: a stale one shows the current date. */
export async function changeDue({ request, locals, params }: RequestEvent) {
	const member = requireRole(locals, 'coordinator');
	const t = translator(locals.lang);
	const form = await request.formData();
	const parsed = parseForm(dueSchema, form, t);
	const id = String(formObject(form).code ?? '');
	if (!parsed.ok) {
		return fail(400, { action: 'due' as const, id, errors: parsed.errors, values: parsed.values });
	}
	const d = parsed.data;
	const current = await asRequestUser(locals, async (tx) => {
		if (await setDueDate(tx, member.orgId, d.assignment_id, d.version, d.due_date)) return null;
		const cycle = await cycleOfYear(tx, member.orgId, Number(params.year));
		const rows = cycle ? await matrix(tx, cycle.id) : [];
		const row = rows.find((r) => r.assignment_id === d.assignment_id);
		return { dueDate: row?.due_date ?? null, version: row?.version ?? null };
	});
	if (!current) return { action: 'due' as const, id: d.code, saved: true };
	const errors = current.dueDate
		? {
				due_date: t('matrix.dueConflict', {
					date: formatThaiDate(current.dueDate, { style: 'short', lang: locals.lang })
				})
			}
		: { due_date: t('common.notFound') };
	return fail(current.dueDate ? 409 : 404, {
		action: 'due' as const,
		id: d.code,
		errors,
		values: formObject(form),
		current
	});
}
