import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { asRequestUser, requireRole, sqlState } from '$lib/server/request';
import {
	addDivision,
	listDivisions,
	setArchived,
	updateDivision,
	workOf
} from '$lib/server/divisions';
import { failure, formObject, parseForm, text, type FieldErrors, invalid } from '$lib/server/forms';
import { translator, type Translate } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals }) => {
	const member = requireRole(locals, 'coordinator');
	return { divisions: await asRequestUser(locals, (tx) => listDivisions(tx, member.orgId)) };
};

const aliases = z
	.string()
	.max(2000)
	.transform((s) => [
		...new Set(
			s
				.split(',')
				.map((a) => a.trim())
				.filter(Boolean)
		)
	])
	.pipe(z.array(z.string().max(200)).max(20));
const parent = z.union([z.literal(''), z.uuid()]).transform((v) => (v === '' ? null : v));
const fields = { name: text(200), parent_id: parent, aliases };
const ref = { id: z.uuid(), version: z.coerce.number().int().positive() };
const labels = { name: 'divisions.name' } as const;

/** Maps the database's refusals to a message on the right field. */
function refusal(e: unknown, t: Translate): FieldErrors {
	const state = sqlState(e);
	if (state === '23505') return { name: t('divisions.duplicate') };
	if (state === '23514') return { parent_id: t('divisions.tooDeep') };
	// A parent that does not exist or is another organisation's (composite foreign key).
	if (state === '23503') return { parent_id: t('v.unknownChoice') };
	if (state === '42501') return { form: t('common.forbidden') };
	throw e;
}

export const actions: Actions = {
	add: async ({ request, locals }) => {
		const member = requireRole(locals, 'coordinator');
		const t = translator(locals.lang);
		const form = await request.formData();
		const parsed = parseForm(z.object(fields), form, t, labels);
		if (!parsed.ok) return invalid('add', parsed);
		const d = parsed.data;
		try {
			await asRequestUser(locals, (tx) =>
				addDivision(tx, member.orgId, { name: d.name, parentId: d.parent_id, aliases: d.aliases })
			);
		} catch (e) {
			return failure(400, { action: 'add', errors: refusal(e, t), values: formObject(form) });
		}
		return { action: 'add', saved: true };
	},
	update: async ({ request, locals }) => {
		const member = requireRole(locals, 'coordinator');
		const t = translator(locals.lang);
		const form = await request.formData();
		const parsed = parseForm(z.object({ ...ref, ...fields }), form, t, labels);
		if (!parsed.ok) return invalid('update', parsed, 'id');
		const d = parsed.data;
		try {
			const ok = await asRequestUser(locals, (tx) =>
				updateDivision(tx, member.orgId, d.id, d.version, {
					name: d.name,
					parentId: d.parent_id,
					aliases: d.aliases
				})
			);
			if (!ok)
				return failure(409, { action: 'update', id: d.id, errors: { form: t('common.conflict') } });
		} catch (e) {
			return failure(400, {
				action: 'update',
				id: d.id,
				errors: refusal(e, t),
				values: formObject(form)
			});
		}
		return { action: 'update', id: d.id, saved: true };
	},
	archive: (event) => archiving(event, true),
	restore: (event) => archiving(event, false)
};

async function archiving(
	{ request, locals }: { request: Request; locals: App.Locals },
	archived: boolean
) {
	const member = requireRole(locals, 'coordinator');
	const t = translator(locals.lang);
	const form = await request.formData();
	const parsed = parseForm(z.object({ ...ref, confirm: z.literal('1').optional() }), form, t);
	if (!parsed.ok) return invalid('archive', parsed);
	const { id, version, confirm } = parsed.data;
	// Archiving asks first, naming the items the division owes; restoring does not.
	if (archived && !confirm) {
		const work = await asRequestUser(locals, (tx) => workOf(tx, member.orgId, id));
		return { action: 'archive' as const, id, confirm: { work } };
	}
	const ok = await asRequestUser(locals, (tx) =>
		setArchived(tx, member.orgId, id, version, archived)
	);
	if (!ok) return failure(409, { action: 'archive', id, errors: { form: t('common.conflict') } });
	return { action: 'archive', id, saved: true };
}
