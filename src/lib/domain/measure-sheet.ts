/**
 * The year's measures as spreadsheet rows, in the columns of the organisation's own report
 * (มาตรการ/แนวทาง | วิธีการดำเนินการ | ผู้รับผิดชอบ | ระยะเวลาดำเนินการ | ผลการดำเนินงาน | ข้อเสนอแนะ)
 * plus the dates the timeframe reads as, the status and the evidence. One row per action; a
 * measure without actions still has its row.
 */
import { ownerText, type ActionStatus, type Measure, type MeasureEvidence } from './measure';

export const MEASURE_SHEET_HEADER = [
	'ลำดับ',
	'มาตรการ/แนวทาง',
	'วิธีการดำเนินการ',
	'ผู้รับผิดชอบ',
	'ระยะเวลาดำเนินการ',
	'เริ่ม',
	'สิ้นสุด',
	'สถานะ',
	'ผลการดำเนินงาน',
	'ข้อเสนอแนะ',
	'หลักฐาน'
] as const;

export interface MeasureSheetRow {
	n: number;
	measure: string;
	method: string;
	owner: string;
	timeframe: string;
	start: string | null;
	end: string | null;
	status: string;
	result: string;
	suggestion: string;
	evidence: string;
}

export interface SheetWords {
	allDivisions: string;
	status: (status: ActionStatus) => string;
	evidence: (e: MeasureEvidence) => string;
}

export function measureSheetRows(
	measures: Measure[],
	names: Map<string, string>,
	words: SheetWords
): MeasureSheetRow[] {
	return measures.flatMap((m, i) => {
		const base = { n: i + 1, measure: m.title };
		if (!m.actions.length)
			return [
				{
					...base,
					method: '',
					owner: '',
					timeframe: '',
					start: null,
					end: null,
					status: '',
					result: '',
					suggestion: '',
					evidence: ''
				}
			];
		return m.actions.map((a) => ({
			...base,
			method: a.method,
			owner: ownerText(a, names, words.allDivisions),
			timeframe: a.timeframe_text ?? '',
			start: a.starts_on,
			end: a.ends_on,
			status: words.status(a.status),
			result: a.result ?? '',
			suggestion: a.suggestion ?? '',
			evidence: a.evidence.map(words.evidence).join('\n')
		}));
	});
}
