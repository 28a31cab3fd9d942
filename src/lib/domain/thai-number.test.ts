import { describe, it, expect } from 'vitest';
import { parseThaiNumber, thaiToArabicDigits } from './thai-number';

describe('thaiToArabicDigits', () => {
	it.each([
		['๒๕๖๕', '2565'],
		['ข้อ ๐๔๓', 'ข้อ 043'],
		['๑๐ , ๑๗ , 24', '10 , 17 , 24'],
		['ไม่มี', 'ไม่มี']
	])('%s → %s', (thai, arabic) => {
		expect(thaiToArabicDigits(thai)).toBe(arabic);
	});
});

describe('parseThaiNumber', () => {
	it.each([
		['๕๙', 59],
		['1,200,000', 1_200_000],
		['๑,๒๐๐,๐๐๐', 1_200_000],
		['๒๕,๐๐๐.๕๐', 25_000.5],
		[' 30000 ', 30_000],
		['-๑๕', -15],
		['๑,๒๐๐', 1200],
		['2๕6๕', 2565]
	])('%s → %d', (text, value) => {
		expect(parseThaiNumber(text)).toBe(value);
	});

	it.each(['', '-', 'ไม่ใช้งบประมาณ', '1,20', '12,3456', '1.2.3', '๕๙/๒๕๖๕', 'abc'])(
		'%j is not a number',
		(text) => {
			expect(parseThaiNumber(text)).toBeNull();
		}
	);
});
