import { describe, expect, it } from 'vitest';
import { arabicDigits, yearShown } from './link-year';

const page = (text: string, url = 'https://agency.gov/news/view') => ({ url, text });

describe('yearShown (fiscal year 2567)', () => {
	it.each([
		['four Arabic digits', page('รายงานผลการดำเนินงาน 2567')],
		['Thai digits', page('ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๗')],
		['two digits after ปีงบประมาณ', page('แผนการจัดซื้อจัดจ้าง ปีงบประมาณ 67')],
		['two Thai digits after พ.ศ.', page('ข้อมูล ณ พ.ศ.๖๗')],
		['a range that spans it', page('แผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570)')],
		['a short range that spans it', page('แผนอัตรากำลัง 3 ปี 2567-69')],
		['the title', { url: 'https://agency.gov/x', title: 'แผนปฏิบัติการ ประจำปี 2567' }],
		['a Thai file name', { url: 'https://agency.gov/files/%E0%B9%81%E0%B8%9C%E0%B8%992567.pdf' }],
		['a file name with fy67', { url: 'https://agency.gov/files/budget_fy67.pdf' }],
		['a two-digit token in a file name', { url: 'https://agency.gov/files/plan-67.pdf' }],
		['a folder', { url: 'https://agency.gov/uploads/2567/10/report.pdf' }]
	])('found in %s', (_, link) => {
		expect(yearShown(link, 2567).found).toBe(true);
	});

	it.each([
		['a longer number', page('เลขที่หนังสือ 125670 และ 25671')],
		['two digits without a year word', page('จำนวน 67 คน')],
		['a two-digit number inside a file name', { url: 'https://agency.gov/files/doc67a.pdf' }],
		['a page id', { url: 'https://agency.gov/index.php?id=1267' }],
		['a Christian-era year', page('Annual report 2024')]
	])('not found in %s', (_, link) => {
		expect(yearShown(link, 2567).found).toBe(false);
	});

	it('reports other nearby years, not old law years', () => {
		const result = yearShown(
			page('ตาม พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. 2540 รายงานประจำปีงบประมาณ ๒๕๖๖'),
			2567
		);
		expect(result).toEqual({ found: false, otherYears: [2566] });
		expect(yearShown({ url: 'https://agency.gov/plan-66.pdf', title: 'ปี 2568' }, 2567)).toEqual({
			found: false,
			otherYears: [2566, 2568]
		});
	});

	it('reads Thai digits', () => {
		expect(arabicDigits('๐๑๒๓๔๕๖๗๘๙ ปี')).toBe('0123456789 ปี');
	});

	it('survives a URL that does not decode or parse', () => {
		expect(yearShown({ url: 'https://agency.gov/%E0%B8.pdf?y=2567' }, 2567).found).toBe(true);
		expect(yearShown({ url: 'not a url', text: '2567' }, 2567).found).toBe(true);
	});
});
