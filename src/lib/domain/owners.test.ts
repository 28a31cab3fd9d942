import { describe, it, expect } from 'vitest';
import { matchDivision, ownerModeOf } from './owners';

const divisions = [
	{ id: 'a', name: 'กองยุทธศาสตร์และงบประมาณ', aliases: ['กองยุทธศาสตร์และแผนงาน'] },
	{ id: 'b', name: 'ฝ่ายสถิติข้อมูลและสารสนเทศ', aliases: ['ฝ่ายสถิติฯ'] },
	{ id: 'c', name: 'ฝ่ายนิติการ', aliases: ['ฝ่ายนิติการ สำนักปลัด'] }
];

describe('matchDivision', () => {
	it.each([
		['กองยุทธศาสตร์และงบประมาณ', 'a'],
		['กองยุทธศาสตร์และแผนงาน', 'a'],
		['ฝ่ายสถิติ ข้อมูลและสารสนเทศ', 'b'],
		['ฝ่ายสถิติ ข้อมูล และสารสนเทศ', 'b'],
		['  ฝ่ายนิติการ  สำนักปลัด ', 'c']
	])('%s → %s', (written, id) => {
		expect(matchDivision(written, divisions)?.id).toBe(id);
	});

	it('answers null for an unknown or empty name', () => {
		expect(matchDivision('กองช่าง', divisions)).toBeNull();
		expect(matchDivision('  ', divisions)).toBeNull();
	});
});

describe('ownerModeOf', () => {
	it('recognises the pseudo-owners and nothing else', () => {
		expect(ownerModeOf('ทุกส่วนราชการ')).toBe('all');
		expect(ownerModeOf('ทุกส่วนราชการที่ให้บริการประชาชน')).toBe('all_public');
		expect(ownerModeOf('กองคลัง')).toBeNull();
	});
});
