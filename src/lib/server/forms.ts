import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { DATE_YEARS, exampleYear, readDateField, type DateProblem } from '$lib/domain/date-field';
import type { IsoDate } from '$lib/domain/fiscal';
import { hostOf } from '$lib/domain/host';
import { matchProvince } from '$lib/domain/provinces';
import type { Missing } from '$lib/domain/guard';
import { isMessageKey, type Translate, type MessageKey } from '$lib/i18n';

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;

/** Fields whose values never go back to the browser. */
const SECRET = /password/i;

/**
 * Characters no text field stores: C0 controls other than tab, line feed and carriage return
 * (NUL makes PostgreSQL refuse the row), DEL and C1 controls, U+FFFD (what bytes that were not
 * UTF-8 decode to) and UTF-16 halves without their pair.
 */
const UNSTORABLE =
	// eslint-disable-next-line no-control-regex -- control characters are what this looks for
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when `value` holds a character that cannot be stored as text (see UNSTORABLE). */
export const unstorable = (value: string): boolean => UNSTORABLE.test(value);

/** The name people see for a field, for messages that must say which field is wrong. */
const FIELD_LABELS: Record<string, MessageKey> = {
	name: 'common.name',
	full_name: 'setup.fullName',
	email: 'common.email',
	password: 'common.password',
	title: 'evidence.linkTitle',
	note: 'evidence.note',
	url: 'evidence.url',
	body: 'item.comments',
	comment: 'item.comment',
	aliases: 'divisions.aliases',
	parent_id: 'divisions.parent',
	province: 'setup.province',
	domain: 'setup.domain',
	domains: 'setup.domain',
	role: 'members.role',
	division_ids: 'members.divisions',
	due_date: 'matrix.due',
	covers_from: 'evidence.from',
	covers_to: 'evidence.to',
	oit_opens: 'dash.oitOpens',
	oit_closes: 'dash.oitCloses',
	internal_deadline: 'dash.internalDeadline',
	from: 'date.label.from',
	to: 'date.label.to'
};

export function fieldLabel(t: Translate, field: string, labels: Record<string, MessageKey> = {}) {
	const key = labels[field] ?? FIELD_LABELS[field];
	return key ? t(key) : field;
}

/**
 * One message per field holding characters that cannot be stored, naming the field; the first
 * one also goes to `form`, for forms that show no message beside that field.
 */
export function unstorableFields(
	raw: FormValues,
	t: Translate,
	labels: Record<string, MessageKey> = {}
): FieldErrors | null {
	const errors: FieldErrors = {};
	for (const [key, value] of Object.entries(raw)) {
		const values = Array.isArray(value) ? value : [value];
		if (!unstorable(key) && !values.some(unstorable)) continue;
		const field = unstorable(key) ? 'form' : key;
		errors[field] = t('v.badText', { field: unstorable(key) ? '?' : fieldLabel(t, key, labels) });
		errors.form ??= errors[field];
	}
	return Object.keys(errors).length ? errors : null;
}

/** The values to put back in a form: no passwords, and no characters that cannot be shown. */
function cleaned(raw: FormValues): FormValues {
	const clean = (v: string) => v.replace(new RegExp(UNSTORABLE.source, 'g'), '');
	return Object.fromEntries(
		Object.entries(raw)
			.filter(([k]) => !unstorable(k))
			.map(([k, v]) => [k, Array.isArray(v) ? v.map(clean) : clean(v)])
	);
}

/** The form as a plain object: repeated fields (checkboxes) become arrays. */
export function formObject(form: FormData): FormValues {
	const out: FormValues = {};
	for (const key of new Set(form.keys())) {
		const all = form.getAll(key).filter((v): v is string => typeof v === 'string');
		out[key] = all.length > 1 ? all : (all[0] ?? '');
	}
	return out;
}

/**
 * Validates a submitted form with a zod schema. On failure: one translated message per field and
 * the user's values (passwords excepted) to put back in the form.
 */
export function parseForm<S extends z.ZodType>(
	schema: S,
	form: FormData,
	t: Translate,
	labels: Record<string, MessageKey> = {}
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors; values: FormValues } {
	const raw = formObject(form);
	const bad = unstorableFields(raw, t, labels);
	if (bad) return { ok: false, errors: bad, values: keepValues(cleaned(raw)) };
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? 'form');
		errors[field] ??= messageFor(issue, t, labels[field] ?? FIELD_LABELS[field]);
	}
	return { ok: false, errors, values: keepValues(raw) };
}

export function keepValues(raw: FormValues): FormValues {
	return Object.fromEntries(Object.entries(raw).filter(([k]) => !SECRET.test(k)));
}

function messageFor(issue: z.core.$ZodIssue, t: Translate, label?: MessageKey): string {
	if (isMessageKey(issue.message)) {
		const params = issue.code === 'custom' ? (issue.params ?? {}) : {};
		return t(issue.message, { field: label ? t(label) : '', ...params });
	}
	if (issue.code === 'too_small') {
		const min = Number(issue.minimum);
		return min <= 1 ? t('v.required', { field: label ? t(label) : '' }) : t('v.tooShort', { min });
	}
	if (issue.code === 'too_big') return t('v.tooLong', { max: Number(issue.maximum) });
	if (issue.code === 'invalid_value') return t('v.choice');
	return t('v.invalid');
}

/** Text fields: trimmed, required, bounded. */
export const text = (max: number) => z.string().trim().min(1).max(max);

/** Lower-case host names from a comma- or space-separated list; pasted addresses lose scheme and path. */
export const domainList = z
	.string()
	.max(1000)
	.transform((s) =>
		s
			.split(/[\s,]+/)
			.map(hostOf)
			.filter(Boolean)
	)
	.pipe(
		z
			.array(z.string().regex(/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'v.domain'))
			.max(10)
	);

export const email = z.string().trim().toLowerCase().max(254).pipe(z.email('v.email'));
export const password = z.string().min(8).max(128);

/**
 * A province: one of the 77 as the list offers it ("จังหวัดพะเยา" is พะเยา). `kept` is the value
 * already stored: one typed freely before the list existed stays, as long as it is sent back
 * unchanged.
 */
export const province = (kept?: string) =>
	z
		.string()
		.trim()
		.min(1)
		.transform((s, ctx) => {
			const match = matchProvince(s) ?? (kept !== undefined && s === kept.trim() ? s : null);
			if (!match) ctx.addIssue({ code: 'custom', message: 'setup.provinceUnknown' });
			return match ?? '';
		});

/** A date field's problem → its message (each names the field through `{field}`). */
const DATE_MESSAGES: Record<DateProblem, MessageKey> = {
	format: 'date.format',
	day: 'date.day',
	gregorian: 'date.gregorian',
	range: 'date.range'
};

/** A day typed into a ThaiDateField ('14/03/2565', '14 มี.ค. 2565' or ISO) → ISO; '' → null. */
function readDay(s: string, ctx: z.RefinementCtx): IsoDate | null {
	if (!s) return null;
	const read = readDateField(s);
	if (read.ok) return read.iso;
	ctx.addIssue({
		code: 'custom',
		message: DATE_MESSAGES[read.problem],
		params: {
			year: read.year ?? '',
			min: DATE_YEARS.min,
			max: DATE_YEARS.max,
			example: exampleYear()
		}
	});
	return z.NEVER;
}

/** An optional date: '' or absent → null; a day that does not exist or an impossible year is refused. */
export const optionalDate = z
	.string()
	.trim()
	.optional()
	.transform((s, ctx) => readDay(s ?? '', ctx));

/** A required date. */
export const requiredDate = z
	.string()
	.trim()
	.min(1)
	.transform((s, ctx) => readDay(s, ctx) as IsoDate);

/** The one shape every form failure has, so pages can read `form.errors` without narrowing. */
export interface Failure {
	action?: string;
	id?: string;
	errors: FieldErrors;
	values?: FormValues;
	/** The row as someone else saved it, shown after a stale-version conflict. */
	current?: Record<string, unknown>;
	/** What a risky action would leave short: it waits for the person to confirm. */
	missing?: Missing;
	/** A sign-off's confirmed score below the round's target: it waits for the executive to confirm. */
	below?: { score: number; target: number };
}

export const failure = (status: number, data: Failure) => fail(status, data);

/** A form that failed validation: 400 with its errors and values, on the form named by `idField`. */
export function invalid(
	action: string,
	result: { errors: FieldErrors; values: FormValues },
	idField?: string
) {
	const id = idField ? String(result.values[idField] ?? '') : undefined;
	return failure(400, { action, id, errors: result.errors, values: result.values });
}
