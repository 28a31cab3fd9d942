import { describe, expect, it } from 'vitest';
import { mail, message } from './notify-messages';

const returned = {
	kind: 'returned' as const,
	params: {
		code: 'o24',
		name_th: 'รายงานผลการดำเนินงาน',
		name_en: 'Performance report',
		division: 'กองคลัง',
		due_date: '2022-03-15',
		fiscal_year: 2565,
		comment: 'ต้องมี <ปัญหา> & อุปสรรค'
	}
};

describe('notification messages', () => {
	it('says a returned item in Thai with the Buddhist-era due date, the comment and its link', () => {
		const m = message(returned, 'th', 'https://ita.example.go.th/');
		expect(m.title).toBe('ส่งกลับให้แก้ไข: o24 รายงานผลการดำเนินงาน (กองคลัง)');
		expect(m.link).toBe('https://ita.example.go.th/cycle/2565/items/o24');
		const text = m.lines.map((l) => l.text).join('\n');
		expect(text).toContain('กำหนดส่ง 15 มีนาคม 2565');
		expect(text).toContain('ปีงบประมาณ พ.ศ. 2565');
		expect(text).toContain('ต้องมี <ปัญหา> & อุปสรรค');
	});

	it('says it in English when asked', () => {
		const m = message(returned, 'en', 'http://localhost:3000');
		expect(m.title).toBe('Returned for changes: o24 Performance report (กองคลัง)');
		expect(m.lines.map((l) => l.text)).toContain('Due 15 March 2565 BE');
	});

	it('escapes every value in the HTML mail and keeps the link in the text', () => {
		const { subject, text, html } = mail([returned], 'th', 'https://ita.example.go.th');
		expect(subject).toContain('o24');
		expect(html).toContain('ต้องมี &lt;ปัญหา&gt; &amp; อุปสรรค');
		expect(html).not.toContain('<ปัญหา>');
		expect(html).toContain('href="https://ita.example.go.th/cycle/2565/items/o24"');
		expect(text).toContain('เปิดดู\nhttps://ita.example.go.th/cycle/2565/items/o24');
		expect(text).toContain('https://ita.example.go.th/notifications');
	});

	it('lists a due digest by section, and counts what it left out', () => {
		const m = message(
			{
				kind: 'due_digest',
				params: {
					fiscal_year: 2565,
					items: [
						{
							code: 'o1',
							name_th: 'โครงสร้าง',
							name_en: 'Structure',
							division: 'D1',
							due_date: '2022-03-08',
							bucket: 'due7'
						},
						{
							code: 'o2',
							name_th: 'ผู้บริหาร',
							name_en: 'Executives',
							division: 'D1',
							due_date: '2022-02-20',
							bucket: 'overdue'
						}
					],
					more: 3
				}
			},
			'th',
			'http://x.test'
		);
		expect(m.title).toBe('งาน OIT ใกล้ถึงกำหนดส่งหรือเลยกำหนด 5 รายการ');
		expect(m.lines[1]).toEqual({
			text: 'o1 โครงสร้าง (D1) — ครบกำหนดในอีก 7 วัน, กำหนดส่ง 8 มีนาคม 2565',
			href: 'http://x.test/cycle/2565/items/o1'
		});
		expect(m.lines[2].text).toContain('เลยกำหนดส่งแล้ว');
		expect(m.lines.at(-1)?.text).toBe('และอีก 3 รายการ');
	});

	it('points executives to the dashboard', () => {
		const target = message(
			{ kind: 'target_reached', params: { fiscal_year: 2570, oit: 85.5, target: 85 } },
			'th',
			'http://x.test'
		);
		expect(target.title).toBe('คะแนน OIT ที่ยืนยันแล้วถึงเป้าหมาย 85.00 คะแนน (85.50)');
		expect(target.link).toBe('http://x.test/cycle/2570/dashboard');
		const stale = message(
			{
				kind: 'signoff_outdated',
				params: { fiscal_year: 2570, signed_at: '2026-11-30T03:00:00Z' }
			},
			'en',
			'http://x.test'
		);
		expect(stale.title).toBe('The sign-off of 30 Nov 2569 BE 10:00 is out of date');
	});

	it('puts several notifications of one person in one e-mail', () => {
		const approved = { kind: 'approved' as const, params: { ...returned.params, code: 'o25' } };
		const { subject, text, html } = mail([returned, approved], 'th', 'http://x.test');
		expect(subject).toBe('การแจ้งเตือนใหม่ 2 รายการ');
		expect(text).toContain('ส่งกลับให้แก้ไข: o24');
		expect(text).toContain('อนุมัติแล้ว: o25');
		expect(text).toContain('http://x.test/cycle/2565/items/o25');
		expect(html.split('<hr>')).toHaveLength(2);
	});
});
