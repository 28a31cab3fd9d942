/**
 * When a part's due date earns a reminder (pure; the daily reminder task applies it). A part not
 * yet approved is in a person's digest on the day it is due in 7 days, the day before it is due,
 * and when it is overdue; a digest is recorded only on a day something reaches one of those marks:
 * 7 days left, 1 day left, or overdue by 1, 8, 15 … days (the day after, then weekly).
 */
import { daysBetween, type IsoDate } from './fiscal';

export type DueBucket = 'due7' | 'due1' | 'overdue';

/** The digest section a part belongs to today, or null when it is not in a digest. */
export function dueBucket(due: IsoDate, today: IsoDate): DueBucket | null {
	const left = daysBetween(today, due);
	if (left === 7) return 'due7';
	if (left === 1) return 'due1';
	if (left < 0) return 'overdue';
	return null;
}

/** True when the part reaches a reminder mark today, so its digest is due. */
export function remindsToday(due: IsoDate, today: IsoDate): boolean {
	const left = daysBetween(today, due);
	return left === 7 || left === 1 || (left < 0 && (-left - 1) % 7 === 0);
}

/** The readiness crossed the target between two readings (the older may be missing). */
export function crossedTarget(previous: number | null, latest: number, target: number): boolean {
	return latest >= target && (previous === null || previous < target);
}
