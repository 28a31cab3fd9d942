import { describe, it, expect } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
	it('starts with the BOM, quotes what needs quoting and ends lines with CRLF', () => {
		const csv = toCsv([
			['ข้อ', 'ข้อมูล'],
			['o1', 'โครงสร้าง, "ผัง"\nบรรทัดสอง']
		]);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.slice(1)).toBe('ข้อ,ข้อมูล\r\no1,"โครงสร้าง, ""ผัง""\nบรรทัดสอง"\r\n');
	});
	it('defuses formulas', () => {
		expect(toCsv([['=1+1', '-2', '@x', 'ok']]).slice(1)).toBe("'=1+1,'-2,'@x,ok\r\n");
	});
});
