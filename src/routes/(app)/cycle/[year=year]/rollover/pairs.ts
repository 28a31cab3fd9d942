import type { Pair } from '$lib/domain/item-mapping';
import type { FormValues } from '$lib/server/forms';

/** The field of a new item's old items (one per chosen old item). */
export const fieldOf = (newCode: string) => `from.${newCode}`;

/**
 * The coordinator's mapping from the form: for each new item, the old items chosen in its
 * `from.<code>` fields ('' = none). Returns the first unknown old code instead, if any.
 */
export function pairsFromForm(
	values: FormValues,
	oldCodes: string[],
	newCodes: string[]
): { ok: true; pairs: Pair[] } | { ok: false; code: string } {
	const known = new Set(oldCodes);
	const pairs: Pair[] = [];
	for (const to of newCodes) {
		const raw = values[fieldOf(to)] ?? [];
		for (const from of new Set(Array.isArray(raw) ? raw : [raw])) {
			if (!from) continue;
			if (!known.has(from)) return { ok: false, code: from.slice(0, 20) };
			pairs.push([from, to]);
		}
	}
	return { ok: true, pairs };
}
