import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { optionalDate, parseForm, province } from './forms';
import { translator } from '$lib/i18n';

describe('optionalDate', () => {
	const schema = z.object({ d: optionalDate });
	it.each([
		[{}, null],
		[{ d: '' }, null],
		[{ d: ' 2022-02-15 ' }, '2022-02-15'],
		[{ d: '15/02/2565' }, '2022-02-15'],
		[{ d: '15 ก.พ. 2565' }, '2022-02-15']
	])('%j → %s', (input, expected) => {
		expect(schema.parse(input).d).toBe(expected);
	});
	it.each(['2024-02-30', 'yesterday', '2565-02-15', '15/02/2022'])('refuses %s (W21)', (d) => {
		expect(schema.safeParse({ d }).success).toBe(false);
	});

	it.each([
		['14/03/3108', 'th', 'กำหนดส่ง: ปี พ.ศ. 3108 เป็นไปไม่ได้ ใช้ปี 2559–2700'],
		['14/03/2022', 'th', 'กำหนดส่ง: ปีที่พิมพ์เป็น ค.ศ. ให้ใช้ปี พ.ศ. (2565)'],
		['14/03/2022', 'en', 'Due date: that is a Gregorian year; use the Buddhist-era year (2565)']
	] as const)('names the field when it refuses %s (%s)', (due_date, lang, message) => {
		const form = new FormData();
		form.set('due_date', due_date);
		const result = parseForm(z.object({ due_date: optionalDate }), form, translator(lang));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.due_date).toBe(message);
	});
});

describe('province', () => {
	it.each([
		[undefined, 'จังหวัดพะเยา', 'พะเยา'],
		[undefined, ' กทม. ', 'กรุงเทพมหานคร'],
		['พะเยา ', 'พะเยา', 'พะเยา'],
		// Stored before the list existed: kept while sent back unchanged.
		['Phayao', 'Phayao', 'Phayao'],
		['Phayao', ' Phayao ', 'Phayao'],
		['Phayao', 'เชียงราย', 'เชียงราย']
	])('stored %s, typed %j → %s', (kept, typed, expected) => {
		expect(province(kept).parse(typed)).toBe(expected);
	});
	it.each([
		[undefined, 'Phayao'],
		['Phayao', 'Chiang Rai'],
		['พะเยา', 'Bangkok'],
		[undefined, '']
	])('stored %s: refuses %j', (kept, typed) => {
		expect(province(kept).safeParse(typed).success).toBe(false);
	});
});

describe('parseForm', () => {
	it('answers every bad field in Thai with the limit, keeping values but never passwords', () => {
		const form = new FormData();
		form.set('note', 'x'.repeat(100_000));
		form.set('password', 'secret');
		const schema = z.object({ note: z.string().max(4000), password: z.string().min(8) });
		const result = parseForm(schema, form, translator('th'));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.note).toBe('ยาวเกิน 4000 ตัวอักษร');
		expect(result.errors.password).toBe('ต้องมีอย่างน้อย 8 ตัวอักษร');
		expect(result.values.note).toHaveLength(100_000);
		expect(result.values).not.toHaveProperty('password');
	});
});

describe('characters that cannot be stored (issue 7, item 5)', () => {
	const schema = z.object({ name: z.string().max(200), note: z.string().max(4000) });
	const post = (fields: Record<string, string>) => {
		const form = new FormData();
		for (const [k, v] of Object.entries(fields)) form.set(k, v);
		return parseForm(schema, form, translator('th'), { name: 'divisions.name' });
	};

	it.each([
		['NUL', 'a\u0000b'],
		['a bell', 'a\u0007b'],
		['DEL', 'a\u007fb'],
		['a C1 control', 'a\u0085b'],
		['a lone high surrogate', 'a\ud800b'],
		['a lone low surrogate', 'a\udc00b'],
		['invalid UTF-8 (decoded as U+FFFD)', new TextDecoder().decode(new Uint8Array([0x61, 0xff]))]
	])('refuses %s, naming the field, and gives the value back without it', (_, value) => {
		const result = post({ name: value, note: 'ok' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.name).toContain('“ชื่อส่วนราชการ”');
		expect(result.errors.name).toContain('อักขระที่บันทึกไม่ได้');
		expect(result.errors.form).toBe(result.errors.name);
		expect(result.values.name).toMatch(/^ab?$/);
	});

	it('keeps tabs, line breaks, Thai and paired surrogates (emoji)', () => {
		const result = post({ name: 'กองคลัง 🙂', note: 'บรรทัด 1\r\n\tบรรทัด 2' });
		expect(result.ok).toBe(true);
	});

	it('names a field it has no label for by its name', () => {
		const form = new FormData();
		form.set('client_key', '\u0000');
		const result = parseForm(z.object({}), form, translator('en'));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.client_key).toContain('“client_key”');
	});
});
