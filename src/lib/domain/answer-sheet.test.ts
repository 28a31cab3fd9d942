import { describe, it, expect } from 'vitest';
import { answerRows } from './answer-sheet';

const ev = (url: string | null, extra = {}) => ({
	kind: (url ? 'url' : 'nothing_to_report') as 'url' | 'nothing_to_report',
	url,
	title: null,
	note: null,
	deleted_at: null,
	...extra
});

describe('answerRows', () => {
	it('answers มี only for approved items with live evidence, with URLs and notes', () => {
		const rows = answerRows([
			{
				code: 'o1',
				name_th: 'โครงสร้าง',
				readiness: { status: 'approved' },
				evidence: [
					ev('https://a/1', { title: 'ผัง', note: 'เมนูเกี่ยวกับเรา' }),
					ev('https://a/old', { deleted_at: new Date() })
				]
			},
			{
				code: 'o2',
				name_th: 'ข้อมูลผู้บริหาร',
				readiness: { status: 'submitted' },
				evidence: [ev('https://a/2')]
			},
			{
				code: 'o21',
				name_th: 'แผน',
				readiness: { status: 'approved' },
				evidence: [ev(null, { note: 'ไม่มีการจัดซื้อเกิน 5 แสนบาท' })]
			}
		]);
		expect(rows).toEqual([
			{
				code: 'o1',
				name: 'โครงสร้าง',
				answer: 'มี',
				urls: ['https://a/1'],
				explanation: 'ผัง: เมนูเกี่ยวกับเรา'
			},
			{ code: 'o2', name: 'ข้อมูลผู้บริหาร', answer: 'ไม่มี', urls: [], explanation: '' },
			{ code: 'o21', name: 'แผน', answer: 'มี', urls: [], explanation: 'ไม่มีการจัดซื้อเกิน 5 แสนบาท' }
		]);
	});
});
