/**
 * The item status machine (architecture.md "Item status"):
 * not_started → draft → submitted → approved, submitted → changes_requested → draft,
 * submitted → draft (withdraw), approved → draft (reopen). Executives and viewers only read.
 */

export const STATUSES = [
	'not_started',
	'draft',
	'submitted',
	'approved',
	'changes_requested'
] as const;
export type ItemStatus = (typeof STATUSES)[number];

export const ACTIONS = [
	'save_draft',
	'submit',
	'withdraw',
	'approve',
	'request_changes',
	'reopen'
] as const;
export type StatusAction = (typeof ACTIONS)[number];

export const ROLES = ['coordinator', 'contributor', 'executive', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export type TransitionError = { error: 'not_allowed' | 'invalid_transition' | 'comment_required' };

interface Transition {
	from: ItemStatus;
	action: StatusAction;
	to: ItemStatus;
	roles: readonly Role[];
	needsComment?: boolean;
}

const EDITORS: readonly Role[] = ['contributor', 'coordinator'];

const TRANSITIONS: readonly Transition[] = [
	{ from: 'not_started', action: 'save_draft', to: 'draft', roles: EDITORS },
	{ from: 'draft', action: 'save_draft', to: 'draft', roles: EDITORS },
	{ from: 'draft', action: 'submit', to: 'submitted', roles: EDITORS },
	{ from: 'submitted', action: 'withdraw', to: 'draft', roles: ['contributor'] },
	{ from: 'submitted', action: 'approve', to: 'approved', roles: ['coordinator'] },
	{
		from: 'submitted',
		action: 'request_changes',
		to: 'changes_requested',
		roles: ['coordinator'],
		needsComment: true
	},
	{ from: 'changes_requested', action: 'save_draft', to: 'draft', roles: EDITORS },
	{ from: 'approved', action: 'reopen', to: 'draft', roles: ['coordinator'] }
];

/**
 * The status after `role` does `action` on an item in `current`, or why not. Checked in order:
 * role may change anything → the transition exists → the role may do it → a comment if required.
 */
export function nextStatus(
	current: ItemStatus,
	action: StatusAction,
	role: Role,
	comment?: string
): ItemStatus | TransitionError {
	if (!EDITORS.includes(role)) return { error: 'not_allowed' };
	const t = TRANSITIONS.find((x) => x.from === current && x.action === action);
	if (!t) return { error: 'invalid_transition' };
	if (!t.roles.includes(role)) return { error: 'not_allowed' };
	if (t.needsComment && !comment?.trim()) return { error: 'comment_required' };
	return t.to;
}

export function isTransitionError(x: ItemStatus | TransitionError): x is TransitionError {
	return typeof x === 'object';
}

/** The actions `role` may take on an item in `status` (for showing buttons). */
export function allowedActions(status: ItemStatus, role: Role): StatusAction[] {
	return TRANSITIONS.filter((t) => t.from === status && t.roles.includes(role)).map(
		(t) => t.action
	);
}

/** Contributors edit evidence only before approval and not while it awaits review. */
export function isEditable(status: ItemStatus): boolean {
	return status === 'not_started' || status === 'draft' || status === 'changes_requested';
}
