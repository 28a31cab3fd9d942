import { describe, it, expect } from 'vitest';
import {
	fiscalYearLabel,
	formatDateField,
	formatMonthYear,
	formatThaiDate,
	formatThaiDateTime,
	fromThaiDigits,
	monthName,
	parseThaiDate,
	toThaiDigits
} from './thai-date';

describe('Thai digits', () => {
	it.each([
		['2565', '๒๕๖๕'],
		['0123456789', '๐๑๒๓๔๕๖๗๘๙'],
		['o23 ข้อ 9.1', 'o๒๓ ข้อ ๙.๑'],
		['ไม่มี', 'ไม่มี']
	])('%s ⇄ %s', (arabic, thai) => {
		expect(toThaiDigits(arabic)).toBe(thai);
		expect(fromThaiDigits(thai)).toBe(arabic);
	});

	it('reads mixed digits in one string', () => {
		expect(fromThaiDigits('๑ มี.ค. 2๕๖5')).toBe('1 มี.ค. 2565');
	});
});

describe('formatThaiDate', () => {
	it.each([
		['2022-03-01', { style: 'long', lang: 'th' }, '1 มีนาคม 2565'],
		['2022-03-01', { style: 'short', lang: 'th' }, '1 มี.ค. 2565'],
		['2022-03-01', { style: 'long', lang: 'en' }, '1 March 2565 BE'],
		['2022-03-01', { style: 'short', lang: 'en' }, '1 Mar 2565 BE'],
		['2021-10-01', { style: 'short', lang: 'th' }, '1 ต.ค. 2564'],
		['2021-12-31', { style: 'long', lang: 'th' }, '31 ธันวาคม 2564'],
		['2022-02-14', { style: 'short', lang: 'th', digits: 'thai' }, '๑๔ ก.พ. ๒๕๖๕'],
		['2022-05-09', { style: 'long', lang: 'th', digits: 'thai' }, '๙ พฤษภาคม ๒๕๖๕']
	] as const)('%s %o → %s', (iso, options, text) => {
		expect(formatThaiDate(iso, options)).toBe(text);
	});

	it('defaults to Thai, long, Arabic digits', () => {
		expect(formatThaiDate('2022-01-14')).toBe('14 มกราคม 2565');
	});

	it('refuses an impossible date', () => {
		expect(() => formatThaiDate('2022-02-30')).toThrow(RangeError);
	});
});

describe('formatThaiDateTime (Asia/Bangkok, UTC+7)', () => {
	it.each([
		['2022-01-14T02:30:00Z', 'th', '14 ม.ค. 2565 09:30 น.'],
		['2022-01-14T02:30:00Z', 'en', '14 Jan 2565 BE 09:30'],
		// 23:15 UTC on 31 Dec is already 06:15 on 1 Jan in Bangkok: the BE year changes too.
		['2021-12-31T23:15:00Z', 'th', '1 ม.ค. 2565 06:15 น.'],
		['2022-03-31T16:59:00Z', 'th', '31 มี.ค. 2565 23:59 น.']
	] as const)('%s in %s → %s', (instant, lang, text) => {
		expect(formatThaiDateTime(new Date(instant), lang)).toBe(text);
	});
});

describe('fiscalYearLabel', () => {
	it.each([
		[2565, 'th', 'ปีงบประมาณ พ.ศ. 2565'],
		[2566, 'en', 'Fiscal year 2566 (B.E.)']
	] as const)('%i %s', (fy, lang, text) => expect(fiscalYearLabel(fy, lang)).toBe(text));
});

describe('parseThaiDate', () => {
	it.each([
		['1 มีนาคม 2565', '2022-03-01'],
		['1 มี.ค. 65', '2022-03-01'],
		['1 มีค 2565', '2022-03-01'],
		['01/03/2565', '2022-03-01'],
		['1-3-65', '2022-03-01'],
		['๑ มี.ค. ๒๕๖๕', '2022-03-01'],
		['๓๑/๑๒/๖๔', '2021-12-31'],
		['วันที่ 14 มกราคม พ.ศ. 2565', '2022-01-14'],
		['26 ม.ค.2565', '2022-01-26'],
		['  30   กันยายน   2565 ', '2022-09-30'],
		['29 ก.พ. 2567', '2024-02-29'],
		['15 พ.ย. 2564', '2021-11-15'],
		['15 พฤศจิกายน 2564', '2021-11-15'],
		['01/03/2022', '2022-03-01'],
		['1 Mar 2565 BE', '2022-03-01'],
		['2022-03-01', '2022-03-01']
	])('%j → %s', (text, iso) => expect(parseThaiDate(text)).toBe(iso));

	it.each([
		'29 ก.พ. 2566', // 2023 is not a leap year
		'31 เม.ย. 2565',
		'32/01/2565',
		'01/13/2565',
		'1 มีนา 2565',
		'ม.ค.-ก.ย.๖๕',
		'1 มี.ค.',
		'1 มี.ค. 565',
		'01/03/1500',
		'01/03-2565',
		'',
		'ไม่ใช้งบประมาณ'
	])('%j → null', (text) => expect(parseThaiDate(text)).toBeNull());

	it('round-trips every formatted style back to the same day', () => {
		for (const iso of ['2021-10-01', '2022-02-28', '2022-09-30', '2024-02-29']) {
			for (const style of ['long', 'short'] as const) {
				for (const digits of ['arabic', 'thai'] as const) {
					expect(parseThaiDate(formatThaiDate(iso, { style, lang: 'th', digits }))).toBe(iso);
				}
			}
		}
	});
});

describe('monthName, formatMonthYear and formatDateField', () => {
	it.each([
		[1, 'long', 'th', 'มกราคม'],
		[3, 'short', 'th', 'มี.ค.'],
		[12, 'long', 'en', 'December'],
		[9, 'short', 'en', 'Sept']
	] as const)('month %i %s %s → %s', (m, style, lang, name) => {
		expect(monthName(m, style, lang)).toBe(name);
	});

	it('refuses month 13', () => expect(() => monthName(13, 'long', 'th')).toThrow(RangeError));

	it.each([
		[2022, 3, 'th', 'มี.ค. 2565'],
		[2021, 10, 'en', 'Oct 2564 BE']
	] as const)('%i-%i %s → %s', (y, m, lang, text) => {
		expect(formatMonthYear(y, m, lang)).toBe(text);
	});

	it('writes the editable form the date field reads back', () => {
		expect(formatDateField('2022-03-14')).toBe('14/03/2565');
		expect(parseThaiDate(formatDateField('2021-10-01'))).toBe('2021-10-01');
	});
});
