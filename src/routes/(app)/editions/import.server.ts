/**
 * Import of an edition file: `preview` reads the upload and shows the edition it makes (or every
 * problem, by row); `apply` takes the checked definition back from a hidden field, checks it again
 * and writes it as the organisation's own edition in one transaction, or nothing.
 */
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { env } from '$env/dynamic/private';
import { asRequestUser, requireRole, sqlState } from '$lib/server/request';
import { readUpload } from '$lib/server/edition-files';
import { megabytes } from '$lib/server/matrix-files';
import * as editions from '$lib/server/editions';
import { fromJson, toJson } from '$lib/domain/edition-json';
import { itemsOf } from '$lib/domain/item-mapping';
import { MAX_EDITION_BYTES, type EditionProblem } from '$lib/domain/edition-records';

const FORM_OVERHEAD = 64 * 1024;

/** The largest request the Node adapter accepts (BODY_SIZE_LIMIT, 512K unless set). */
function serverLimit(): number {
	const value = env.BODY_SIZE_LIMIT || '512K';
	const unit = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[value.slice(-1).toUpperCase()];
	return unit ? Number(value.slice(0, -1)) * unit : Number(value);
}

/** The file size this server takes: 2 MB, or less when BODY_SIZE_LIMIT is lower. */
export function fileLimit(): number {
	return Math.min(MAX_EDITION_BYTES, serverLimit() - FORM_OVERHEAD / 4);
}

export const refused = (status: number, problems: EditionProblem[], fileName = '', kind = 'xlsx') =>
	fail(status, { action: 'preview' as const, fileName, kind, problems });

/** The uploaded edition file of the request, read and checked: its definition, or the refusal to return. */
export async function uploadedEdition({ request }: RequestEvent) {
	const length = Number(request.headers.get('content-length') ?? 0);
	const tooLarge: EditionProblem = {
		row: null,
		reason: 'too_large',
		value: megabytes(length),
		other: megabytes(fileLimit())
	};
	// Refused from its Content-Length, before the body is read: a 5 MB upload is never parsed.
	if (length > Math.min(MAX_EDITION_BYTES + FORM_OVERHEAD, serverLimit())) {
		return { refusal: refused(413, [tooLarge]) };
	}
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		return { refusal: refused(413, [tooLarge]) };
	}
	const file = form.get('file');
	if (!(file instanceof File) || !file.name)
		return { refusal: refused(400, [{ row: null, reason: 'no_file' }]) };
	const read = await readUpload(file.name, new Uint8Array(await file.arrayBuffer()));
	if (!read.ok) return { refusal: refused(400, read.problems, file.name, read.kind) };
	return { fileName: file.name, definition: read.definition, items: read.items };
}

export async function previewFile(event: RequestEvent) {
	requireRole(event.locals, 'coordinator');
	const upload = await uploadedEdition(event);
	if ('refusal' in upload) return upload.refusal;
	const d = upload.definition;
	return {
		action: 'preview' as const,
		fileName: upload.fileName,
		summary: { year: d.fiscalYear, title: d.titleTh, items: upload.items },
		codes: itemsOf(d).map((it) => `${it.code} ${it.nameTh}`),
		payload: toJson(d)
	};
}

const applyForm = z.object({ payload: z.string().min(1).max(4_000_000) });

export async function applyFile({ request, locals }: RequestEvent) {
	const member = requireRole(locals, 'coordinator');
	const parsed = applyForm.safeParse(Object.fromEntries(await request.formData()));
	const read = parsed.success ? fromJson(parsed.data.payload) : null;
	if (!read?.ok) return refused(400, read?.problems ?? [{ row: null, reason: 'unreadable' }]);
	let id: string;
	try {
		id = await asRequestUser(locals, (tx) =>
			editions.insert(tx, read.definition, { orgId: member.orgId })
		);
	} catch (e) {
		if (sqlState(e) === '42501') return refused(403, [{ row: null, reason: 'forbidden' }]);
		throw e;
	}
	redirect(303, `/editions/${id}?imported=1`);
}
