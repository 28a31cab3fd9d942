import type { thWalk } from './th-walk';

/**
 * English messages of a role without a division on "my work", a user form without divisions, and
 * the change log's names of plan, sign-off, token, edition and link-exception records.
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
	'history.table.link_exceptions': 'Off-site link accepted',
	'home.signoffView': 'See it on the dashboard',
	'log.field.planKind': 'Kind'
};
