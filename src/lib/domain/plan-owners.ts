/**
 * The divisions a plan's owner column names ("ฝ่ายนิติการ สำนักปลัด", "กองคลัง / กองพัสดุฯ",
 * "ทุกส่วนราชการ"). A section named with its parent as a qualifier owns the item alone; "all
 * divisions" means every top-level division.
 */
import { normaliseName, ownerModeOf } from './owners';

export interface OwnerDivision {
	id: string;
	parent_id: string | null;
	name: string;
	aliases: string[];
}

export function matchOwners(label: string, divisions: OwnerDivision[]): string[] {
	if (ownerModeOf(label.trim()) || /ทุก(ส่วนราชการ|สำนัก|กอง)/.test(label)) {
		return divisions.filter((d) => !d.parent_id).map((d) => d.id);
	}
	const text = normaliseName(label);
	const named = divisions.filter((d) =>
		[d.name, ...d.aliases].some((n) => {
			const key = normaliseName(n);
			return key.length >= 3 && text.includes(key);
		})
	);
	const parentsOfNamed = new Set(named.map((d) => d.parent_id).filter(Boolean));
	return named.filter((d) => !parentsOfNamed.has(d.id)).map((d) => d.id);
}
