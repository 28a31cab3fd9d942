import { describe, it, expect } from 'vitest';
import { measureSheetRows } from './measure-sheet';
import type { Measure, MeasureAction } from './measure';

const action = (over: Partial<MeasureAction>): MeasureAction => ({
	id: 'a',
	measure_id: 'm1',
	position: 0,
	method: 'แต่งตั้งคณะกรรมการ',
	all_divisions: false,
	owner_ids: ['d1'],
	owner_label: null,
	timeframe_text: 'มกราคม ๒๕๖๕',
	starts_on: '2022-01-01',
	ends_on: '2022-01-31',
	result: null,
	suggestion: null,
	status: 'planned',
	version: 1,
	can_report: false,
	evidence: [],
	...over
});
const measure = (id: string, title: string, actions: MeasureAction[]): Measure => ({
	id,
	fiscal_year: 2565,
	position: 0,
	title,
	weakness: null,
	improvement: null,
	version: 1,
	actions
});
const words = {
	allDivisions: 'ทุกส่วนราชการ',
	status: (s: string) => `[${s}]`,
	evidence: () => 'คำสั่งที่ ๕๙/๒๕๖๕'
};

describe('measureSheetRows', () => {
	it('gives one row per action, numbered by measure, with owners, dates, status and evidence', () => {
		const rows = measureSheetRows(
			[
				measure('m1', 'ยกระดับ ITA', [
					action({ id: 'a1', status: 'done', result: 'เสร็จ', evidence: [{} as never] }),
					action({ id: 'a2', all_divisions: true, owner_ids: [], ends_on: null })
				]),
				measure('m2', 'ความเสี่ยง', [action({ id: 'a3', owner_label: 'ฝ่ายนิติการ สำนักปลัด' })])
			],
			new Map([['d1', 'ฝ่ายนิติการ']]),
			words
		);
		expect(rows.map((r) => [r.n, r.measure, r.owner, r.status, r.end])).toEqual([
			[1, 'ยกระดับ ITA', 'ฝ่ายนิติการ', '[done]', '2022-01-31'],
			[1, 'ยกระดับ ITA', 'ทุกส่วนราชการ', '[planned]', null],
			[2, 'ความเสี่ยง', 'ฝ่ายนิติการ สำนักปลัด', '[planned]', '2022-01-31']
		]);
		expect(rows[0]).toMatchObject({ result: 'เสร็จ', evidence: 'คำสั่งที่ ๕๙/๒๕๖๕' });
	});

	it('keeps a measure that has no actions yet', () => {
		const rows = measureSheetRows([measure('m1', 'ใหม่', [])], new Map(), words);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ n: 1, measure: 'ใหม่', method: '', start: null });
	});
});
