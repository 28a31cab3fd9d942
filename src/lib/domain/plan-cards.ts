/**
 * The detail cards of an action plan (รายละเอียดโครงการ/กิจกรรม/มาตรการ), as plans print them:
 * "ลำดับที่ ๑" then numbered headings — ชื่อโครงการ, หลักการและเหตุผล, วัตถุประสงค์, กลุ่มเป้าหมาย,
 * วิธีดำเนินการ, ระยะเวลา, งบประมาณ, ผู้รับผิดชอบ, ผลผลิต/ผลลัพธ์. Headings are recognised by their
 * words, not their numbers, which differ between plans.
 */
import { parseThaiNumber } from './thai-number';

export interface PlanCard {
	number: number;
	title: string;
	rationale: string;
	objectives: string;
	targetGroup: string;
	targetCount: number | null;
	method: string;
	period: string;
	owner: string;
	outputs: string;
}

type Field =
	| 'title'
	| 'rationale'
	| 'objectives'
	| 'targetGroup'
	| 'method'
	| 'period'
	| 'budget'
	| 'owner'
	| 'outputs';

const HEADINGS: [RegExp, Field][] = [
	[/^ชื่อ(?:โครงการ|กิจกรรม|มาตรการ)/, 'title'],
	[/^หลักการ/, 'rationale'],
	[/^วัตถุประสงค์/, 'objectives'],
	[/^กลุ่มเป้าหมาย|^เป้าหมาย/, 'targetGroup'],
	[/^วิธี(?:การ)?ดำเนิน/, 'method'],
	[/^ระยะเวลา/, 'period'],
	[/^งบประมาณ/, 'budget'],
	[/^ผู้รับผิดชอบ|^หน่วยงานรับผิดชอบ/, 'owner'],
	[/^(?:ผลผลิต|ผลลัพธ์|ตัวชี้วัด)/, 'outputs']
];
const CARD = /^ลำดับที่\s*([๐-๙0-9]{1,3})\s*$/;
const HEADING = /^[๐-๙0-9]{1,2}\.\s*(.+)$/;

export function parsePlanCards(text: string): PlanCard[] {
	const cards: PlanCard[] = [];
	let card: Record<Field, string[]> | null = null;
	let number = 0;
	let field: Field | null = null;
	const close = () => {
		if (card) cards.push(toCard(number, card));
	};
	for (const raw of text.split(/\r?\n/)) {
		const line = raw.replace(/\*\*/g, ' ').trim();
		const start = CARD.exec(line);
		if (start) {
			close();
			number = parseThaiNumber(start[1]) ?? 0;
			card = Object.fromEntries(HEADINGS.map(([, f]) => [f, []])) as unknown as Record<
				Field,
				string[]
			>;
			field = null;
			continue;
		}
		if (!card || !line) continue;
		const heading = HEADING.exec(line);
		const known = heading && HEADINGS.find(([re]) => re.test(heading[1]));
		if (known) {
			field = known[1];
			const rest = heading[1].replace(/^[^:]*:\s*/, heading[1].includes(':') ? '' : heading[1]);
			if (heading[1].includes(':') && rest) card[field].push(rest);
			else if (field === 'outputs' && /ผลผลิต/.test(rest) && rest.length > 12)
				card[field].push(rest);
			continue;
		}
		if (field) card[field].push(line);
	}
	close();
	return cards;
}

function toCard(number: number, f: Record<Field, string[]>): PlanCard {
	const join = (lines: string[]) => lines.join('\n').trim();
	const target = join(f.targetGroup);
	const count = /จำนวน\s*([๐-๙0-9,]+)/.exec(target);
	return {
		number,
		title: f.title.join(' ').replace(/\s+/g, ' ').trim(),
		rationale: join(f.rationale),
		objectives: join(f.objectives),
		targetGroup: target,
		targetCount: count ? parseThaiNumber(count[1]) : null,
		method: join(f.method),
		period: join(f.period),
		owner: join(f.owner),
		outputs: join(f.outputs)
	};
}
