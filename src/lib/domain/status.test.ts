import { describe, it, expect } from 'vitest';
import {
	ACTIONS,
	ROLES,
	STATUSES,
	allowedActions,
	isEditable,
	isTransitionError,
	nextStatus,
	type ItemStatus,
	type Role,
	type StatusAction
} from './status';

type Row = [ItemStatus, StatusAction, Role, ItemStatus];

const allowed: Row[] = [
	['not_started', 'save_draft', 'contributor', 'draft'],
	['not_started', 'save_draft', 'coordinator', 'draft'],
	['draft', 'save_draft', 'contributor', 'draft'],
	['draft', 'save_draft', 'coordinator', 'draft'],
	['draft', 'submit', 'contributor', 'submitted'],
	['draft', 'submit', 'coordinator', 'submitted'],
	['submitted', 'withdraw', 'contributor', 'draft'],
	['submitted', 'approve', 'coordinator', 'approved'],
	['changes_requested', 'save_draft', 'contributor', 'draft'],
	['changes_requested', 'save_draft', 'coordinator', 'draft'],
	['approved', 'reopen', 'coordinator', 'draft']
];

describe('nextStatus: allowed transitions', () => {
	it.each(allowed)('%s --%s by %s--> %s', (from, action, role, to) => {
		expect(nextStatus(from, action, role)).toBe(to);
	});

	it('request_changes by the coordinator with a comment', () => {
		expect(nextStatus('submitted', 'request_changes', 'coordinator', 'ลิงก์ไม่ถูกต้อง')).toBe(
			'changes_requested'
		);
	});
});

describe('nextStatus: refusals', () => {
	it.each([
		// wrong role for an existing transition
		['submitted', 'approve', 'contributor', undefined, 'not_allowed'],
		['submitted', 'request_changes', 'contributor', 'x', 'not_allowed'],
		['approved', 'reopen', 'contributor', undefined, 'not_allowed'],
		['submitted', 'withdraw', 'coordinator', undefined, 'not_allowed'],
		// no such transition
		['not_started', 'submit', 'contributor', undefined, 'invalid_transition'],
		['not_started', 'approve', 'coordinator', undefined, 'invalid_transition'],
		['draft', 'approve', 'coordinator', undefined, 'invalid_transition'],
		['submitted', 'save_draft', 'contributor', undefined, 'invalid_transition'],
		['submitted', 'submit', 'contributor', undefined, 'invalid_transition'],
		['approved', 'approve', 'coordinator', undefined, 'invalid_transition'],
		['approved', 'save_draft', 'contributor', undefined, 'invalid_transition'],
		['changes_requested', 'submit', 'contributor', undefined, 'invalid_transition'],
		['changes_requested', 'approve', 'coordinator', undefined, 'invalid_transition'],
		// a reason is owed when asking for changes
		['submitted', 'request_changes', 'coordinator', undefined, 'comment_required'],
		['submitted', 'request_changes', 'coordinator', '', 'comment_required'],
		['submitted', 'request_changes', 'coordinator', '  \n\t', 'comment_required']
	] as const)('%s --%s by %s (comment %j) → %s', (from, action, role, comment, error) => {
		expect(nextStatus(from, action, role, comment)).toEqual({ error });
	});

	it.each(['executive', 'viewer'] as const)('%s can do nothing from any status', (role) => {
		for (const status of STATUSES) {
			for (const action of ACTIONS) {
				expect(nextStatus(status, action, role, 'comment')).toEqual({ error: 'not_allowed' });
			}
			expect(allowedActions(status, role)).toEqual([]);
		}
	});
});

describe('the whole machine', () => {
	it('has exactly the listed transitions (every other status × action × role is refused)', () => {
		let successes = 0;
		for (const status of STATUSES) {
			for (const action of ACTIONS) {
				for (const role of ROLES) {
					const result = nextStatus(status, action, role, 'reason');
					if (isTransitionError(result)) continue;
					successes += 1;
					const listed =
						allowed.some(
							([f, a, r, t]) => f === status && a === action && r === role && t === result
						) ||
						(status === 'submitted' && action === 'request_changes' && role === 'coordinator');
					expect(listed).toBe(true);
				}
			}
		}
		expect(successes).toBe(allowed.length + 1);
	});

	it('no one reaches approved except a coordinator approving a submitted item', () => {
		for (const status of STATUSES) {
			for (const action of ACTIONS) {
				for (const role of ROLES) {
					if (nextStatus(status, action, role, 'reason') === 'approved') {
						expect([status, action, role]).toEqual(['submitted', 'approve', 'coordinator']);
					}
				}
			}
		}
	});

	it('allowedActions agrees with nextStatus', () => {
		for (const status of STATUSES) {
			for (const role of ROLES) {
				const viaNext = ACTIONS.filter((a) => !isTransitionError(nextStatus(status, a, role, 'r')));
				expect(allowedActions(status, role)).toEqual(viaNext);
			}
		}
	});

	it('lists the buttons a contributor and a coordinator see on a submitted item', () => {
		expect(allowedActions('submitted', 'contributor')).toEqual(['withdraw']);
		expect(allowedActions('submitted', 'coordinator')).toEqual(['approve', 'request_changes']);
	});
});

describe('isEditable', () => {
	it.each([
		['not_started', true],
		['draft', true],
		['changes_requested', true],
		['submitted', false],
		['approved', false]
	] as const)('%s → %s', (status, editable) => expect(isEditable(status)).toBe(editable));
});
