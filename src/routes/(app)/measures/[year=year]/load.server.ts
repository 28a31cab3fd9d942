import { error } from '@sveltejs/kit';
import { readAsRequestUser } from '$lib/server/request';
import * as measures from '$lib/server/measures';
import { listDivisions } from '$lib/server/divisions';

/** A year's measures and the organisation's divisions, read as the caller (any member). */
export async function loadMeasures(locals: App.Locals, year: string) {
	const member = locals.member;
	if (!member) error(404, 'Not found');
	const [list, divisions] = await readAsRequestUser(locals, async (tx) => [
		await measures.list(tx, member.orgId, Number(year)),
		await listDivisions(tx, member.orgId)
	]);
	return {
		year: Number(year),
		orgName: member.orgName,
		measures: list,
		divisions: divisions.map((d) => ({
			id: d.id,
			name: d.name,
			parent_id: d.parent_id,
			archived: Boolean(d.archived_at)
		}))
	};
}
