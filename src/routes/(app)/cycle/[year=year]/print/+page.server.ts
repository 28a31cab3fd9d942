import type { PageServerLoad } from './$types';
import { asRequestUser } from '$lib/server/request';
import { matrix } from '$lib/server/assignments';
import { catalogItems } from '$lib/server/catalogs';
import { listDivisions } from '$lib/server/divisions';
import { buildTree } from '$lib/catalog-tree';
import type { OwnerMode } from '$lib/domain/owners';

/** The printable split of o1–o43 among the divisions, in the seed document's layout. */
export const load: PageServerLoad = async ({ locals, parent }) => {
	const { cycle } = await parent();
	const member = locals.member!;
	const [items, rows, divisions] = await asRequestUser(locals, async (tx) => [
		await catalogItems(tx, cycle.catalog_id),
		await matrix(tx, cycle.id),
		await listDivisions(tx, member.orgId)
	]);
	const names = new Map(divisions.map((d) => [d.id, d.name]));
	const owners: Record<string, { mode: OwnerMode | null; names: string[] }> = {};
	for (const r of rows) {
		const parts = [...r.parts].sort((a, b) => Number(b.is_lead) - Number(a.is_lead));
		owners[r.code] = {
			mode: r.owner_mode,
			names: parts.map((p) => names.get(p.division_id) ?? '')
		};
	}
	return { orgName: member.orgName, tree: buildTree(items), owners };
};
