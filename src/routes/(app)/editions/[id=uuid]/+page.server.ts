import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { asRequestUser } from '$lib/server/request';
import * as editions from '$lib/server/editions';
import { catalogItems } from '$lib/server/catalogs';
import { editTree } from '$lib/server/edition-structure';
import { buildTree } from '$lib/catalog-tree';
import { fileLimit } from '../import.server';
import { actions as editActions } from './actions';

/**
 * One edition: what it is (notice) and its items. The organisation's coordinators edit its own
 * edition here (`?edit=1`); shipped editions are read-only and offer a copy instead.
 */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const member = locals.member;
	return asRequestUser(locals, async (tx) => {
		const edition = await editions.get(tx, params.id);
		if (!edition) error(404, 'No such edition');
		const canEdit = member?.role === 'coordinator' && edition.org_id === member.orgId;
		const editing = canEdit && url.searchParams.has('edit');
		const [items, structure] = await Promise.all([
			catalogItems(tx, edition.id),
			editing ? editTree(tx, edition.id) : null
		]);
		return {
			edition,
			tree: buildTree(items),
			structure,
			canEdit,
			canCopy: member?.role === 'coordinator',
			editing,
			limit: fileLimit()
		};
	});
};

export const actions = editActions;
