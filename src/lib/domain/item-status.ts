import type { ItemStatus } from './status';

/**
 * An item's status from the parts its divisions owe: approved only when every part is approved;
 * changes requested when any part was sent back; submitted when every part is submitted or
 * approved; not started while no part has moved; draft otherwise.
 */
export function itemStatusOf(parts: readonly { status: ItemStatus }[]): ItemStatus {
	if (!parts.length) return 'not_started';
	const all = (s: ItemStatus[]) => parts.every((p) => s.includes(p.status));
	if (all(['approved'])) return 'approved';
	if (parts.some((p) => p.status === 'changes_requested')) return 'changes_requested';
	if (all(['submitted', 'approved'])) return 'submitted';
	if (all(['not_started'])) return 'not_started';
	return 'draft';
}
