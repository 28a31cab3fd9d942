import type { thDivisions } from './th-divisions';

/** English messages of the settings pages: archiving a division, and the round's dates. */
export const enDivisions: Record<keyof typeof thDivisions, string> = {
	'divisions.confirmTitle': 'Archive "{name}"?',
	'divisions.confirmItems':
		'This division owes {count} items. Once archived, the items no other division shares show "Needs a new owner" in the matrix and on the readiness page. Evidence and history are kept.',
	'divisions.confirmNoItems': 'This division owes no items.',
	'divisions.confirmSections':
		'Its sections ({names}) stay in use and show at the top level until you move them under another division.',
	'divisions.confirmYes': 'Archive it',
	'divisions.itemOf': 'FY {year} · {code} {name}',
	'round.closesBeforeOpens':
		'The closing date is before the opening date: it must be on or after it',
	'divisions.orphan': 'Was under {parent}, which is archived'
};
