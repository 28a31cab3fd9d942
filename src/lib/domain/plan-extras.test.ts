import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseRisks, parseTargets } from './plan-extras';

const rows = (text: string) => text.split('\n').map((l) => l.split('\t'));
const ANG_THONG = readFileSync('tests/fixtures/plans/angthong-extras.tsv', 'utf8');

describe('parseTargets', () => {
	it("reads เทศบาลเมืองอ่างทอง's targets per year (001 lines 91–93)", () => {
		expect(parseTargets(rows(ANG_THONG))).toEqual([
			{
				label: 'จำนวนคดีทุจริตลดลง (คำนวณจากปี ๒๕๖๕)',
				targets: {
					2566: 'ร้อยละ ๑๐',
					2567: 'ร้อยละ ๒๐',
					2568: 'ร้อยละ ๓๐',
					2569: 'ร้อยละ ๔๐',
					2570: 'ร้อยละ ๕๐'
				}
			},
			{
				label: 'คะแนน ITA',
				targets: {
					2566: '๘๕ คะแนน',
					2567: '๘๕ คะแนน',
					2568: '๘๕ คะแนน',
					2569: '๘๕ คะแนน',
					2570: '๘๕ คะแนน'
				}
			}
		]);
	});
	it('reads nothing from a table without a target header', () => {
		expect(parseTargets(rows('a\tb\nc\td'))).toEqual([]);
	});
});

describe('parseRisks', () => {
	it('reads the risk register (001 lines 55–62), joining the row continued after a page break', () => {
		const risks = parseRisks(rows(ANG_THONG));
		expect(risks).toHaveLength(4);
		expect(risks[1].step).toBe('การบริหารงานบุคคล');
		expect(risks[3].step).toMatch(/^การให้บริการสาธารณะ/);
		expect(risks[3].risk).toMatch(/ให้บริการไม่เป็นไปตาม มาตรฐาน/);
		expect(risks.every((r) => r.level && r.control)).toBe(true);
		expect(JSON.stringify(risks)).not.toMatch(/ค่าเป้าหมาย|ขั้นตอน การดำเนินงาน/);
	});
});
