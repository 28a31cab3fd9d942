import type { ItemReadiness } from './item-state';

/** What a risky action would leave short, named for the confirmation step. */
export interface Missing {
	/** The names of required elements no live evidence covers. */
	elements: string[];
	/** Months or quarters ('YYYY-MM' of their first month) the period rule still lacks. */
	months: string[];
	/** The period rule is not met (also when it asks for a span rather than months). */
	periodUnmet: boolean;
}

/**
 * What submitting or approving an item would leave short, or null when nothing is: a submission
 * with uncovered elements, an approval with uncovered elements or an unmet period rule. Such an
 * item scores 0 however it is reviewed (scoring.ts), so the person is asked to confirm.
 */
export function missingFor(
	action: 'submit' | 'approve',
	readiness: Pick<ItemReadiness, 'missingElements' | 'missingMonths' | 'periodMet'>,
	elementNames: string[]
): Missing | null {
	const elements = readiness.missingElements.map((i) => elementNames[i] ?? `#${i + 1}`);
	const periodUnmet = action === 'approve' && !readiness.periodMet;
	if (!elements.length && !periodUnmet) return null;
	return { elements, months: periodUnmet ? readiness.missingMonths : [], periodUnmet };
}
