/**
 * The two small tables of a plan besides its items, as plans print them: the plan's targets
 * (ค่าเป้าหมาย | ปี 2566 … ปี 2570, one row per KPI) and its corruption-risk register
 * (ลำดับ | ขั้นตอนการดำเนินงาน | ประเด็นความเสี่ยง | Risk Score | มาตรการควบคุม), where a row with
 * no number continues the risk above it (a page break in the source).
 */
import { fromThaiDigits } from './thai-date';

export interface PlanTarget {
	label: string;
	targets: Record<string, string>;
}

export interface PlanRisk {
	step: string;
	risk: string;
	level: string;
	control: string;
}

const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function parseTargets(rows: string[][]): PlanTarget[] {
	const head = rows.findIndex((r) => r.some((c) => /ค่าเป้าหมาย|ตัวชี้วัด/.test(c)));
	if (head < 0) return [];
	const years = rows[head].map((c) => /(25[0-9]{2})/.exec(fromThaiDigits(c))?.[1] ?? null);
	const out: PlanTarget[] = [];
	for (const r of rows.slice(head + 1)) {
		const label = clean(r[years.findIndex((y) => y === null)] ?? r[0]);
		if (!label) continue;
		const targets: Record<string, string> = {};
		years.forEach((y, i) => {
			if (y && clean(r[i])) targets[y] = clean(r[i]);
		});
		if (Object.keys(targets).length) out.push({ label, targets });
	}
	return out;
}

export function parseRisks(rows: string[][]): PlanRisk[] {
	const head = rows.findIndex(
		(r) => r.some((c) => /ความเสี่ยง/.test(c)) && r.some((c) => /ขั้นตอน/.test(c))
	);
	if (head < 0) return [];
	const col = (re: RegExp) => rows[head].findIndex((c) => re.test(clean(c)));
	const at = {
		step: col(/ขั้นตอน/),
		risk: col(/ประเด็น|ความเสี่ยง/),
		level: col(/Risk|ระดับ/i),
		control: col(/มาตรการ|ควบคุม/)
	};
	const out: PlanRisk[] = [];
	for (const r of rows.slice(head + 1)) {
		if (r.some((c) => /ค่าเป้าหมาย/.test(c))) break; // the next table
		if (r.some((c) => /ขั้นตอน/.test(c)) && r.some((c) => /ความเสี่ยง/.test(c))) continue; // header again
		const get = (i: number) => (i >= 0 ? clean(r[i]) : '');
		const numbered = /^[0-9]+$/.test(fromThaiDigits(clean(r[0])));
		const row = {
			step: get(at.step),
			risk: get(at.risk),
			level: get(at.level),
			control: get(at.control)
		};
		if (!Object.values(row).some(Boolean)) continue;
		const last = out[out.length - 1];
		if (!numbered && last) {
			for (const k of Object.keys(row) as (keyof PlanRisk)[]) {
				if (row[k]) last[k] = clean(`${last[k]} ${row[k]}`);
			}
		} else out.push(row);
	}
	return out.filter((r) => r.step && r.risk);
}
