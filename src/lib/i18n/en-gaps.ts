import type { thGaps } from './th-gaps';

/** English strings of a new office's first days (temporary password, empty dashboard). */
export const enGaps: Record<keyof typeof thGaps, string> = {
	'account.mustChange':
		'You are signed in with a temporary password someone else chose. Choose your own password first; then the other pages open.',
	'account.currentTemporary': 'The temporary password you were given',
	'dash.noAssignments':
		'No OIT item is assigned to a division yet. This chart appears once items are assigned.',
	'dash.assignNow': 'Assign OIT items in the assignment matrix',
	'dash.noHistory':
		'No history yet. The score is recorded once a day; the chart starts from tomorrow.'
};
