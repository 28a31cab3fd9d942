/**
 * Import of an assignment sheet: `preview` reads the upload and says what each row would do (or
 * what is wrong with which row); `apply` takes the previewed rows back from a hidden field, checks
 * them all again and applies them in one transaction, or nothing.
 */
import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { env } from '$env/dynamic/private';
import type { RequestEvent } from './$types';
import { asRequestUser, requireRole, sqlState } from '$lib/server/request';
import { cycleOfYear } from '$lib/server/cycle-items';
import { megabytes, readUpload } from '$lib/server/matrix-files';
import { applyImport, ImportRefused, previewImport } from '$lib/server/matrix-import';
import { formObject } from '$lib/server/forms';
import type { Tx } from '$lib/server/db/port';
import {
	MAX_IMPORT_BYTES,
	MAX_IMPORT_ROWS,
	readTable,
	type ImportProblem,
	type PlanRow
} from '$lib/domain/matrix-sheet';

/** Room for the multipart boundaries and headers around the file itself. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * The largest request the Node adapter accepts (BODY_SIZE_LIMIT, 512K unless set; parsed as
 * adapter-node does): a bigger body is refused before an action can read it.
 */
function serverLimit(): number {
	const value = env.BODY_SIZE_LIMIT || '512K';
	const unit = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[value.slice(-1).toUpperCase()];
	return unit ? Number(value.slice(0, -1)) * unit : Number(value);
}

/** The file size this server takes: 2 MB, or less when BODY_SIZE_LIMIT is lower. */
export function fileLimit(): number {
	return Math.min(MAX_IMPORT_BYTES, serverLimit() - FORM_OVERHEAD / 4);
}

const refused = (
	action: 'preview' | 'apply',
	status: number,
	problems: ImportProblem[],
	fileName = ''
) => fail(status, { action, fileName, problems });

async function cycleOf(tx: Tx, member: Member, year: string) {
	const cycle = await cycleOfYear(tx, member.orgId, Number(year));
	if (!cycle) error(404, 'No cycle for this fiscal year');
	return cycle;
}

export async function previewFile({ request, locals, params }: RequestEvent) {
	const member = requireRole(locals, 'coordinator');
	const length = Number(request.headers.get('content-length') ?? 0);
	const limit = fileLimit();
	const tooLarge: ImportProblem = {
		row: null,
		reason: 'too_large',
		value: megabytes(length),
		other: Number(megabytes(limit))
	};
	// Refused from its Content-Length, before the body is read: a 5 MB upload is never parsed.
	if (length > Math.min(MAX_IMPORT_BYTES + FORM_OVERHEAD, serverLimit())) {
		return refused('preview', 413, [tooLarge]);
	}
	let form: FormData;
	try {
		form = await request.formData();
	} catch (e) {
		const status = (e as { status?: number }).status === 413 ? 413 : 400;
		return refused('preview', status, [
			status === 413 ? tooLarge : { row: null, reason: 'unreadable' }
		]);
	}
	const file = form.get('file');
	if (!(file instanceof File) || !file.name) {
		return refused('preview', 400, [{ row: null, reason: 'no_file' }]);
	}
	const read = await readUpload(file.name, new Uint8Array(await file.arrayBuffer()));
	if (!read.ok)
		return refused(
			'preview',
			read.problem.reason === 'too_large' ? 413 : 400,
			[read.problem],
			file.name
		);
	const table = readTable(read.table);
	if (table.problems.length) return refused('preview', 400, table.problems, file.name);
	const result = await asRequestUser(locals, async (tx) =>
		previewImport(tx, await cycleOf(tx, member, params.year), table.records)
	);
	if (result.problems.length) return refused('preview', 400, result.problems, file.name);
	const show = (p: PlanRow) => ({
		row: p.row,
		code: p.code,
		ownerMode: p.ownerMode,
		owners: p.divisionIds.map((id) => result.names.get(id) ?? ''),
		dueDate: p.dueDate,
		action: p.action,
		ownersChanged: p.ownersChanged,
		dueChanged: p.dueChanged
	});
	return {
		action: 'preview' as const,
		fileName: file.name,
		plan: result.plan.map(show),
		kept: table.records.length - result.plan.length,
		payload: JSON.stringify(table.records)
	};
}

const record = z.strictObject({
	row: z.number().int().min(1).max(1_000_000),
	code: z.string().max(50),
	owners: z.string().max(2000),
	due: z.string().max(100)
});
const payload = z
	.string()
	.max(1_000_000)
	.transform((s, ctx) => {
		try {
			return JSON.parse(s) as unknown;
		} catch {
			ctx.addIssue({ code: 'custom', message: 'not JSON' });
			return z.NEVER;
		}
	})
	.pipe(z.array(record).min(1).max(MAX_IMPORT_ROWS));

export async function applyFile({ request, locals, params }: RequestEvent) {
	const member = requireRole(locals, 'coordinator');
	const parsed = z.object({ payload }).safeParse(formObject(await request.formData()));
	if (!parsed.success) return refused('apply', 400, [{ row: null, reason: 'unreadable' }]);
	try {
		const applied = await asRequestUser(locals, async (tx) =>
			applyImport(tx, await cycleOf(tx, member, params.year), parsed.data.payload)
		);
		return { action: 'apply' as const, applied };
	} catch (e) {
		if (e instanceof ImportRefused) return refused('apply', 400, e.problems);
		if (sqlState(e) === '42501') return refused('apply', 403, [{ row: null, reason: 'forbidden' }]);
		throw e;
	}
}
