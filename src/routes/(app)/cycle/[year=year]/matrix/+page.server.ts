import type { Actions, PageServerLoad } from './$types';
import { asRequestUser } from '$lib/server/request';
import { matrix } from '$lib/server/assignments';
import { listDivisions } from '$lib/server/divisions';
import { dueDefaults } from '$lib/server/matrix-import';
import { cycleToday } from '$lib/domain/fiscal';
import { applyFilters, divisionTree, parseFilters, viewRows } from './view';
import { assignBulk, assignOne, changeDue } from './assign.server';
import { applyFile, fileLimit, previewFile } from './import.server';

/** The assignment matrix: every item of the cycle, filtered by the query string. */
export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const { cycle } = await parent();
	const member = locals.member!;
	// Today in Bangkok, or the cycle's frozen day (the demo reads as of February 2565).
	const today = cycleToday(cycle, new Date());
	const [rows, divisions] = await asRequestUser(locals, async (tx) => [
		await matrix(tx, cycle.id),
		await listDivisions(tx, member.orgId)
	]);
	const all = viewRows(rows, divisions, today);
	const active = divisionTree(divisions.filter((d) => !d.archived_at)).map((d) => ({
		id: d.id,
		name: d.name,
		depth: d.depth
	}));
	const subs = [...new Set(all.map((r) => r.subIndicator))];
	const filters = parseFilters(url.searchParams, { subs, divisions: active.map((d) => d.id) });
	const canAssign = member.role === 'coordinator';
	const target = canAssign
		? rows.find((r) => r.code === url.searchParams.get('assign'))
		: undefined;
	return {
		today,
		rows: applyFilters(all, filters),
		total: all.length,
		subs,
		filters,
		divisions: active,
		canAssign,
		importLimit: canAssign ? fileLimit() : 0,
		assign: target
			? {
					row: all.find((r) => r.code === target.code)!,
					defaultDue: dueDefaults(cycle, target).dueDate
				}
			: null
	};
};

export const actions = {
	assign: assignOne,
	bulk: assignBulk,
	due: changeDue,
	preview: previewFile,
	apply: applyFile
} satisfies Actions;
