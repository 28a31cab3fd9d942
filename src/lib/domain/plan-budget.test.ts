import { describe, it, expect } from 'vitest';
import { parseBudgetCell } from './plan-budget';

describe('parseBudgetCell', () => {
	it.each([
		['๓๐,๐๐๐', { kind: 'amount', amount: 30000 }],
		['54,100', { kind: 'amount', amount: 54100 }],
		['จำนวน ๗๕,๑๖๐ บาท', { kind: 'amount', amount: 75160 }],
		['๑ ๒๐๐', { kind: 'amount', amount: 1200 }],
		['2500.50', { kind: 'amount', amount: 2500.5 }],
		['ไม่ใช้งบประมาณ', { kind: 'unbudgeted' }],
		['ไม่ใช้ งบประมาณ', { kind: 'unbudgeted' }],
		['ไม่ใช่ งบประมาณ', { kind: 'unbudgeted' }],
		['ไม่ใช้งบฯ', { kind: 'unbudgeted' }],
		['-', { kind: 'unbudgeted' }],
		['- - -', { kind: 'unbudgeted' }],
		['  ', { kind: 'blank' }],
		['-5,000', { kind: 'invalid', text: '-5,000' }],
		['สามหมื่น', { kind: 'invalid', text: 'สามหมื่น' }],
		['ฝ่ายนิติการ', { kind: 'invalid', text: 'ฝ่ายนิติการ' }]
	])('%s', (cell, expected) => {
		expect(parseBudgetCell(cell)).toEqual(expected);
	});
});
