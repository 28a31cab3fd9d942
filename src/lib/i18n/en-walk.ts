import type { thWalk } from './th-walk';

/**
 * English messages of a role without a division on "my work", a user form without divisions, and
 * the change log's names of plan, sign-off, token, edition (and its rows) and link-exception records.
 */
export const enWalk: Record<keyof typeof thWalk, string> = {
	'work.notContributor':
		"This page lists the work of the divisions' contributors. Your role has nothing to submit here; see the whole organisation on the readiness page.",
	'work.toDashboard': 'Open the readiness page',
	'members.noDivisions':
		'There is no division yet. Add your divisions first, then contributors can be bound to them.',
	'members.addDivisions': 'Add divisions',
	'history.table.action_plans': 'Anti-corruption plan',
	'history.table.plan_items': 'Plan item',
	'history.table.plan_progress': 'Plan progress',
	'history.table.signoffs': 'Executive sign-off',
	'history.table.api_tokens': 'API token',
	'history.table.catalogs': 'OIT edition',
	'history.table.catalog_indicators': 'Edition indicator',
	'history.table.catalog_sub_indicators': 'Edition sub-indicator',
	'history.table.catalog_groups': 'Edition item group',
	'history.table.catalog_items': 'Edition item',
	'history.table.catalog_elements': 'Item element',
	'log.field.code': 'Code',
	'log.field.name_th': 'Name (Thai)',
	'log.field.title_th': 'Title (Thai)',
	'log.field.text_th': 'Text (Thai)',
	'history.table.link_exceptions': 'Off-site link accepted',
	'home.signoffView': 'See it on the dashboard',
	'log.field.planKind': 'Kind'
};
