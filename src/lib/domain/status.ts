/**
 * The names of the item status machine. Which moves exist and who may make them is the
 * database's (app.status_moves); pages show the actions it returns for each part.
 */

export const STATUSES = [
	'not_started',
	'draft',
	'submitted',
	'approved',
	'changes_requested'
] as const;
export type ItemStatus = (typeof STATUSES)[number];

/** The status actions a person takes with a button, in the order the buttons appear. */
export const ACTIONS = ['submit', 'withdraw', 'approve', 'request_changes', 'reopen'] as const;
export type StatusAction = (typeof ACTIONS)[number];
