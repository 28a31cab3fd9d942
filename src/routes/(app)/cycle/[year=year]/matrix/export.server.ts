import { error } from '@sveltejs/kit';
import { asRequestUser } from '$lib/server/request';
import { matrix } from '$lib/server/assignments';
import { listDivisions } from '$lib/server/divisions';
import { cycleOfYear } from '$lib/server/cycle-items';
import { sheetRows, type SheetRow } from '$lib/domain/matrix-sheet';

/** The matrix of a year in the seed's columns, read under the caller's RLS (any member). */
export async function exportRows(locals: App.Locals, year: string): Promise<SheetRow[]> {
	const member = locals.member;
	if (!member) error(404, 'Not found');
	return asRequestUser(locals, async (tx) => {
		const cycle = await cycleOfYear(tx, member.orgId, Number(year));
		if (!cycle) error(404, 'No cycle for this fiscal year');
		const [rows, divisions] = [await matrix(tx, cycle.id), await listDivisions(tx, member.orgId)];
		return sheetRows(rows, new Map(divisions.map((d) => [d.id, d.name])));
	});
}

/** A download with an ASCII name and the Thai one for browsers that take it. */
export function attachment(year: string, ext: 'csv' | 'xlsx'): string {
	const thai = encodeURIComponent(`การแบ่งหน้าที่ความรับผิดชอบ OIT ${year}.${ext}`);
	return `attachment; filename="oit-assignments-${year}.${ext}"; filename*=UTF-8''${thai}`;
}
