import { describe, it, expect } from 'vitest';
import { flattenCatalog, type PeriodRule } from '$lib/domain/catalog';
import { fy2565 } from './fy2565';
import { phayaoOwners2565 } from './phayao-fy2565-owners';

const items = fy2565.indicators.flatMap((ind) =>
	ind.subIndicators.flatMap((sub) => sub.groups.flatMap((group) => group.items))
);
const codes = Array.from({ length: 43 }, (_, i) => `o${i + 1}`);

/**
 * docs/ita-reference.md §2, "Period rule of each item", with the rules it describes in words:
 * o4 is a plan covering the year, o23 is owed month by month over the first half, and o42 is
 * the analysis of last year's result made this year.
 */
const periodTable: Partial<Record<PeriodRule, number[]>> = {
	current: [7, 10, 18, 21, 22, 25, 26, 27, 33, 35, 36, 37, 38, 39, 43],
	plan: [4],
	previous: [12, 16, 20, 24, 28, 41],
	made_this_year: [42],
	first_half: [11, 15, 19, 31, 40],
	'monthly:10-3': [23],
	standing: [1, 2, 3, 5, 6, 8, 9, 13, 14, 17, 29, 30, 32, 34]
};

/** The Latin-script words the source itself uses in names and elements. */
const latinInSource = [
	'Messenger Live Chat',
	'No Gift Policy',
	'Social Network',
	'E-Service',
	'Web board',
	'Instagram',
	'Facebook',
	'Chatbot',
	'Twitter',
	'E-mail',
	'Q&A',
	'ITA'
];

function withoutAllowedLatin(text: string): string {
	return latinInSource.reduce((t, word) => t.split(word).join(''), text);
}

describe('FY2565 OIT catalogue', () => {
	it('is fiscal year 2565 with indicators 9 and 10', () => {
		expect(fy2565.fiscalYear).toBe(2565);
		expect(fy2565.indicators.map((i) => i.code)).toEqual(['9', '10']);
	});

	it('has 43 items with codes o1..o43 in order', () => {
		expect(items).toHaveLength(43);
		expect(items.map((i) => i.code)).toEqual(codes);
	});

	it('has sub-indicators 9.1…10.2 with 9, 8, 7, 4, 5, 8, 2 items', () => {
		const subs = fy2565.indicators.flatMap((ind) => ind.subIndicators);
		expect(subs.map((s) => s.code)).toEqual(['9.1', '9.2', '9.3', '9.4', '9.5', '10.1', '10.2']);
		expect(subs.map((s) => s.groups.reduce((n, g) => n + g.items.length, 0))).toEqual([
			9, 8, 7, 4, 5, 8, 2
		]);
	});

	it('gives every item at least one clean element', () => {
		for (const item of items) {
			expect(item.elements.length, item.code).toBeGreaterThanOrEqual(1);
			for (const el of item.elements) {
				expect(el, item.code).not.toContain('<');
				expect(el, item.code).not.toContain('○');
				expect(el, item.code).not.toContain('*');
				expect(el.startsWith('๐ '), item.code).toBe(false);
				expect(el, item.code).toBe(el.trim());
				expect(el.length, item.code).toBeGreaterThan(0);
			}
		}
	});

	it('keeps sub-lists as separate elements (o5, o27)', () => {
		const byCode = new Map(items.map((i) => [i.code, i]));
		expect(byCode.get('o5')?.elements).toEqual([
			'แสดงข้อมูลการติดต่อของหน่วยงาน อย่างน้อยประกอบด้วย',
			'ที่อยู่หน่วยงาน',
			'หมายเลขโทรศัพท์',
			'E-mail',
			'แผนที่ตั้ง'
		]);
		expect(byCode.get('o27')?.elements).toHaveLength(6);
		expect(byCode.get('o27')?.elements.slice(1)).toEqual([
			'การสรรหาและคัดเลือกบุคลากร',
			'การบรรจุและแต่งตั้งบุคลากร',
			'การพัฒนาบุคลากร',
			'การประเมินผลการปฏิบัติงานบุคลากร',
			'การให้คุณให้โทษและการสร้างขวัญกำลังใจ'
		]);
	});

	it('puts the * footnotes of o21, o23 and o27 in noteTh and nowhere else', () => {
		const noted = items.filter((i) => i.noteTh !== undefined).map((i) => i.code);
		expect(noted).toEqual(['o21', 'o23', 'o27']);
		for (const item of items) {
			if (item.noteTh !== undefined) {
				expect(item.noteTh, item.code).not.toContain('*');
				expect(item.noteTh, item.code).not.toContain('<');
			}
		}
	});

	it('uses Latin letters only where the source has them, and only Thai or ASCII characters', () => {
		for (const item of items) {
			for (const text of [item.nameTh, ...item.elements, item.noteTh ?? '']) {
				expect(withoutAllowedLatin(text), item.code).not.toMatch(/[A-Za-z]/);
				expect(text, item.code).toMatch(/^[\u0E00-\u0E7F\x20-\x7E]*$/);
			}
		}
	});

	it('repairs the OCR damage in o23 and o31', () => {
		const byCode = new Map(items.map((i) => [i.code, i]));
		expect(byCode.get('o23')?.nameTh).toBe('สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน');
		expect(byCode.get('o31')?.elements.join(' ')).not.toContain('que');
	});

	it('assigns every code the period rule of the ita-reference table', () => {
		const expected = new Map<string, PeriodRule>();
		for (const [rule, nums] of Object.entries(periodTable) as [PeriodRule, number[]][]) {
			for (const n of nums) expected.set(`o${n}`, rule);
		}
		expect(expected.size).toBe(43);
		for (const item of items) {
			expect(item.periodRule, item.code).toBe(expected.get(item.code));
		}
	});

	it('is the official edition, scored in grades', () => {
		expect(fy2565.status).toBe('official');
		expect(fy2565.scoring.kind).toBe('grade');
	});

	it('allows "nothing to report" for exactly o21 and o23', () => {
		expect(items.filter((i) => i.allowsNothingToReport).map((i) => i.code)).toEqual(['o21', 'o23']);
	});

	it('flattens to 43 rows with the tree position of each item', () => {
		const rows = flattenCatalog(fy2565);
		expect(rows).toHaveLength(43);
		const byCode = new Map(rows.map((r) => [r.code, r]));
		expect(byCode.get('o10')?.sub_indicator).toBe('9.2');
		expect(byCode.get('o34')?.indicator).toBe('10');
		expect(byCode.get('o23')?.group).toBe('การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ');
	});
});

describe('Phayao FY2565 owners', () => {
	const entries = Object.entries(phayaoOwners2565);
	/** Number of items in which some owner's name starts with the prefix. */
	const load = (prefix: string) =>
		entries.filter(([, owners]) => owners.some((o) => o.startsWith(prefix))).length;

	it('has owners for exactly o1..o43', () => {
		expect(Object.keys(phayaoOwners2565).sort()).toEqual([...codes].sort());
		for (const [code, owners] of entries) {
			expect(owners.length, code).toBeGreaterThanOrEqual(1);
			for (const o of owners) {
				expect(o, code).toBe(o.trim());
				expect(o, code).not.toMatch(/[/<>-]/);
			}
		}
	});

	it('has exactly 8 items with two owners', () => {
		const two = entries.filter(([, owners]) => owners.length === 2).map(([code]) => code);
		expect(two).toEqual(['o1', 'o2', 'o3', 'o6', 'o30', 'o31', 'o36', 'o37']);
		expect(entries.every(([, owners]) => owners.length <= 2)).toBe(true);
	});

	it('has exactly 7 items owned by all divisions (o17: those serving the public)', () => {
		const all = entries
			.filter(([, owners]) => owners.some((o) => o.startsWith('ทุกส่วนราชการ')))
			.map(([code]) => code);
		expect(all).toEqual(['o13', 'o14', 'o15', 'o17', 'o33', 'o35', 'o38']);
		expect(phayaoOwners2565.o17).toEqual(['ทุกส่วนราชการที่ให้บริการประชาชน']);
	});

	// Loads of ita-reference §6. The source agrees with every figure; only the names differ from
	// the reference's division list: the source calls the general-affairs section
	// 'ฝ่ายบริหารทั่วไป' (reference: ฝ่ายบริหารงานทั่วไป) and the strategy division
	// 'กองยุทธศาสตร์และแผนงาน' (reference: กองยุทธศาสตร์และงบประมาณ, an alias), so the prefixes
	// below are those of the source.
	it.each([
		['ฝ่ายนิติการ', 12],
		['ฝ่ายสถิติข้อมูลและสารสนเทศ', 10],
		['กองการเจ้าหน้าที่', 7],
		['ทุกส่วนราชการ', 7],
		['กองยุทธศาสตร์', 5],
		['กองพัสดุและทรัพย์สิน', 4],
		['กองคลัง', 3],
		['หน่วยตรวจสอบภายใน', 2],
		['ฝ่ายบริหารทั่วไป', 1]
	])('gives %s a load of %i items', (prefix, count) => {
		expect(load(prefix)).toBe(count);
	});

	it('accounts for every owner entry in those loads', () => {
		const total = entries.reduce((n, [, owners]) => n + owners.length, 0);
		expect(total).toBe(12 + 10 + 7 + 7 + 5 + 4 + 3 + 2 + 1);
	});
});
