import type { thWalk } from './th-walk';

/** English messages of a role without a division on "my work" and a user form without divisions. */
export const enWalk: Record<keyof typeof thWalk, string> = {
	'work.notContributor':
		"This page lists the work of the divisions' contributors. Your role has nothing to submit here; see the whole organisation on the readiness page.",
	'work.toDashboard': 'Open the readiness page',
	'members.noDivisions':
		'There is no division yet. Add your divisions first, then contributors can be bound to them.',
	'members.addDivisions': 'Add divisions'
};
