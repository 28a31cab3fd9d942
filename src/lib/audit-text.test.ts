import { describe, it, expect } from 'vitest';
import { describeChange, fieldChanges, subjectOf } from './audit-text';
import { translator } from '$lib/i18n';

const th = translator('th');
const en = translator('en');

const partReturned = {
	table_name: 'parts',
	op: 'UPDATE',
	old_data: { id: 'p1', status: 'submitted', review_comment: null, version: 3 },
	new_data: { id: 'p1', status: 'changes_requested', review_comment: 'ขอไฟล์ PDF', version: 4 },
	item_code: 'o12',
	fiscal_year: 2565,
	division_name: 'กองคลัง'
};

describe('change log rows people can read', () => {
	it('names the record, item, round year and division', () => {
		expect(subjectOf(partReturned, th)).toBe('ส่วนของส่วนราชการ · ข้อ o12 (2565) · กองคลัง');
		expect(subjectOf(partReturned, en)).toContain('Item o12 (2565)');
	});

	it('labels only the fields that changed, with their values in words', () => {
		expect(fieldChanges(partReturned, th, 'th')).toEqual([
			{ field: 'status', label: 'สถานะ', before: 'ส่งแล้ว รอตรวจ', after: 'ส่งกลับแก้ไข' },
			{ field: 'review_comment', label: 'ความเห็นของผู้ตรวจ', before: '—', after: 'ขอไฟล์ PDF' }
		]);
		expect(describeChange(partReturned, en, 'en')).not.toMatch(
			/review_comment|version|changes_requested/
		);
	});

	it('counts elements from 1, shows dates and times in the Buddhist era, Bangkok time', () => {
		const change = {
			table_name: 'evidence',
			op: 'UPDATE',
			old_data: { element_positions: [0, 2], deleted_at: null, covers_to: '2022-03-31' },
			new_data: {
				element_positions: [0, 1, 2],
				deleted_at: '2022-03-14T02:30:00+00:00',
				covers_to: '2022-04-30'
			}
		};
		expect(describeChange(change, th, 'th')).toBe(
			'ครอบคลุมถึง: 31 มี.ค. 2565 → 30 เม.ย. 2565; องค์ประกอบที่ครอบคลุม: 1, 3 → 1, 2, 3; ลบเมื่อ: — → 14 มี.ค. 2565 09:30 น.'
		);
	});

	it('shows the owners in words, not owner_mode: divisions', () => {
		const change = {
			table_name: 'assignments',
			op: 'UPDATE',
			old_data: { owner_mode: 'divisions', due_date: '2022-02-15' },
			new_data: { owner_mode: 'all', due_date: '2022-02-15' }
		};
		expect(describeChange(change, en, 'en')).toBe(
			`Owners: ${en('matrix.owner.divisions')} → ${en('matrix.owner.all')}`
		);
	});

	it('shows a Thai link decoded on screen and as stored in files', () => {
		const url = 'https://a.go.th/%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%81%E0%B8%B2%E0%B8%A8.pdf';
		const change = {
			table_name: 'evidence',
			op: 'INSERT',
			old_data: null,
			new_data: { url, kind: 'url' }
		};
		expect(fieldChanges(change, th, 'th')[0]).toMatchObject({
			after: 'https://a.go.th/ประกาศ.pdf'
		});
		expect(fieldChanges(change, th, 'th', 'file')[0]).toMatchObject({ after: url });
	});

	it("words a measure's and a plan's progress status with their own names, and names their tables", () => {
		const action = {
			table_name: 'measure_actions',
			op: 'UPDATE',
			old_data: { status: 'planned' },
			new_data: { status: 'in_progress' }
		};
		expect(describeChange(action, th, 'th')).toBe(
			`สถานะ: ${th('measures.status.planned')} → ${th('measures.status.in_progress')}`
		);
		const progress = {
			table_name: 'plan_progress',
			op: 'INSERT',
			old_data: null,
			new_data: { status: 'done' }
		};
		expect(describeChange(progress, en, 'en')).toBe(`Status: ${en('plans.status.done')}`);
		const item = {
			table_name: 'plan_items',
			op: 'INSERT',
			old_data: null,
			new_data: { title: 'โครงการ ก', kind: 'project' }
		};
		expect(describeChange(item, th, 'th')).toBe(
			`ชื่อเรื่อง: โครงการ ก; ${th('log.field.planKind')}: ${th('plans.kind.project')}`
		);
		for (const table of ['action_plans', 'plan_items', 'plan_progress', 'link_exceptions']) {
			expect(subjectOf({ ...progress, table_name: table }, th)).not.toContain(table);
		}
	});
});
