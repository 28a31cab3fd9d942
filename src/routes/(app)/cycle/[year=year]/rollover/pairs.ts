import type { Pair } from '$lib/domain/item-mapping';
import type { FormValues } from '$lib/server/forms';

const PREFIX = 'from.';

/** The field of a new item's old items (one per chosen old item). */
export const fieldOf = (newCode: string) => `${PREFIX}${newCode}`;

/**
 * The coordinator's mapping from the form: each `from.<new code>` field names an old item it
 * continues ('' = none). Codes are checked against the two lists by the rollover itself.
 */
export function pairsFromForm(values: FormValues): Pair[] {
	const pairs: Pair[] = [];
	for (const [key, raw] of Object.entries(values)) {
		if (!key.startsWith(PREFIX)) continue;
		const to = key.slice(PREFIX.length).slice(0, 20);
		for (const from of new Set(Array.isArray(raw) ? raw : [raw])) {
			if (from) pairs.push([from.slice(0, 20), to]);
		}
	}
	return pairs;
}
