/**
 * Updating the organisation's own edition from a file, for a round that already answers it:
 * `previewReplace` reads the upload and shows what it adds, changes and removes (and which
 * removals a round's work forbids); `applyReplace` writes it at the version previewed, all or nothing.
 */
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { asRequestUser, requireRole, sqlState } from '$lib/server/request';
import { OtherYear, planReplace, replaceEdition } from '$lib/server/edition-replace';
import { InUse, Stale } from '$lib/server/edition-edits';
import { fromJson, toJson } from '$lib/domain/edition-json';
import type { EditionProblem } from '$lib/domain/edition-records';
import { refused, uploadedEdition } from '../import.server';

const refusal = (e: unknown, fileName = ''): ReturnType<typeof refused> | null => {
	const fail = (status: number, p: EditionProblem) => refused(status, [p], fileName);
	if (e instanceof OtherYear)
		return fail(400, { row: null, reason: 'other_year', value: String(e.file), other: e.edition });
	if (e instanceof InUse)
		return fail(409, { row: null, reason: 'in_use', value: e.code, other: e.fiscalYear });
	if (e instanceof Stale) return fail(409, { row: null, reason: 'stale' });
	if (sqlState(e) === '42501') return fail(403, { row: null, reason: 'forbidden' });
	return null;
};

export async function previewReplace(event: RequestEvent) {
	requireRole(event.locals, 'coordinator');
	const upload = await uploadedEdition(event);
	if ('refusal' in upload) return upload.refusal;
	const { fileName, definition } = upload;
	try {
		const plan = await asRequestUser(event.locals, (tx) =>
			planReplace(tx, event.params.id!, definition)
		);
		if (!plan) return refused(404, [{ row: null, reason: 'forbidden' }], fileName);
		return {
			action: 'preview' as const,
			fileName,
			summary: { year: definition.fiscalYear, title: definition.titleTh, items: upload.items },
			plan,
			payload: toJson(definition)
		};
	} catch (e) {
		const answer = refusal(e, fileName);
		if (answer) return answer;
		throw e;
	}
}

const applyForm = z.object({
	payload: z.string().min(1).max(4_000_000),
	version: z.coerce.number().int().min(0)
});

export async function applyReplace(event: RequestEvent) {
	requireRole(event.locals, 'coordinator');
	const parsed = applyForm.safeParse(Object.fromEntries(await event.request.formData()));
	const read = parsed.success ? fromJson(parsed.data.payload) : null;
	if (!parsed.success || !read) return refused(400, [{ row: null, reason: 'unreadable' }]);
	if (!read.ok) return refused(400, read.problems);
	const ref = { id: event.params.id!, version: parsed.data.version };
	try {
		const plan = await asRequestUser(event.locals, (tx) =>
			replaceEdition(tx, ref, read.definition)
		);
		if (!plan) return refused(404, [{ row: null, reason: 'forbidden' }]);
	} catch (e) {
		const answer = refusal(e);
		if (answer) return answer;
		throw e;
	}
	redirect(303, `/editions/${ref.id}?replaced=1`);
}
