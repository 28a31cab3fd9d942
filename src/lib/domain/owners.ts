/**
 * Who owes an item: named divisions, or one of the pseudo-owners the documents use —
 * "all divisions" (ทุกส่วนราชการ) and "all divisions that serve the public" (o17).
 */
export type OwnerMode = 'divisions' | 'all' | 'all_public';

export const OWNER_MODE_NAMES: Record<Exclude<OwnerMode, 'divisions'>, string> = {
	all: 'ทุกส่วนราชการ',
	all_public: 'ทุกส่วนราชการที่ให้บริการประชาชน'
};

export interface NamedDivision {
	id: string;
	name: string;
	aliases: string[];
}

/** Spacing and the abbreviation mark vary between documents: compare without them. */
export function normaliseName(name: string): string {
	return name
		.normalize('NFC')
		.replace(/[\s\u200b]+/g, '')
		.replace(/ฯ$/, '')
		.toLowerCase();
}

/** The division a written name refers to, by its name or one of its aliases; null when unknown. */
export function matchDivision<D extends NamedDivision>(written: string, divisions: D[]): D | null {
	const key = normaliseName(written);
	if (!key) return null;
	return (
		divisions.find((d) => [d.name, ...d.aliases].some((n) => normaliseName(n) === key)) ?? null
	);
}

/** A pseudo-owner named in a document cell, or null for an ordinary division name. */
export function ownerModeOf(written: string): Exclude<OwnerMode, 'divisions'> | null {
	const key = normaliseName(written);
	if (key === normaliseName(OWNER_MODE_NAMES.all_public)) return 'all_public';
	if (key === normaliseName(OWNER_MODE_NAMES.all)) return 'all';
	return null;
}
