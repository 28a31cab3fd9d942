import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { optionalDate, parseForm } from './forms';
import { translator } from '$lib/i18n';

describe('optionalDate', () => {
	const schema = z.object({ d: optionalDate });
	it.each([
		[{}, null],
		[{ d: '' }, null],
		[{ d: ' 2022-02-15 ' }, '2022-02-15']
	])('%j → %s', (input, expected) => {
		expect(schema.parse(input).d).toBe(expected);
	});
	it.each(['2024-02-30', 'yesterday', '15/02/2565'])('refuses %s (W21)', (d) => {
		expect(schema.safeParse({ d }).success).toBe(false);
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
