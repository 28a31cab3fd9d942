/**
 * The change log as people read it: which record (item code, round year, division), and each
 * changed field with its name and its values in words — statuses, dates in the Buddhist era,
 * element numbers from 1, Thai links decoded on screen (files keep the stored, encoded link).
 */
import { isMessageKey, type Lang, type MessageKey, type Translate } from '$lib/i18n';
import { isIsoDate } from '$lib/domain/fiscal';
import { formatMonthYear, formatThaiDate, formatThaiDateTime } from '$lib/domain/thai-date';
import { displayUrl } from '$lib/domain/evidence-url';

export interface Change {
	table_name: string;
	op: string;
	old_data: Record<string, unknown> | null;
	new_data: Record<string, unknown> | null;
	item_code?: string | null;
	fiscal_year?: number | null;
	division_name?: string | null;
}

export interface FieldChange {
	/** the column, for files */
	field: string;
	label: string;
	before: string;
	after: string;
}

/** Fields people care about, in the order shown; ids, versions and bookkeeping are left out. */
const SHOWN = [
	'status',
	'review_comment',
	'url',
	'title',
	'title_th',
	'code',
	'name_th',
	'text_th',
	'note',
	'kind',
	'period_month',
	'covers_from',
	'covers_to',
	'due_date',
	'owner_mode',
	'element_positions',
	'body',
	'name',
	'role',
	'aliases',
	'target',
	'oit_opens',
	'oit_closes',
	'internal_deadline',
	'deleted_at',
	'archived_at'
] as const;

/** Value words by field: a stored code → its message. */
const WORDS: Partial<Record<string, string>> = {
	status: 'status',
	owner_mode: 'matrix.owner',
	kind: 'log.kind',
	role: 'role'
};

/** Tables whose field holds codes of their own (a measure's or a plan's progress status). */
const TABLE_WORDS: Partial<Record<string, Partial<Record<string, string>>>> = {
	measure_actions: { status: 'measures.status' },
	plan_progress: { status: 'plans.status' },
	plan_items: { kind: 'plans.kind' }
};
/** Fields whose name differs by table: a plan item's kind is not an evidence type. */
const TABLE_LABELS: Partial<Record<string, Partial<Record<string, MessageKey>>>> = {
	plan_items: { kind: 'log.field.planKind' }
};

const TIMESTAMPS = new Set(['deleted_at', 'archived_at']);
const SCREEN_MAX = 120;

export type Audience = 'screen' | 'file';

function word(t: Translate, prefix: string, v: unknown): string | null {
	const key = `${prefix}.${String(v)}`;
	return isMessageKey(key) ? t(key as MessageKey) : null;
}

/** One stored value in words. */
export function showValue(
	field: string,
	v: unknown,
	t: Translate,
	lang: Lang,
	audience: Audience = 'screen',
	table = ''
): string {
	if (v === null || v === undefined || v === '') return '—';
	const prefix = TABLE_WORDS[table]?.[field] ?? WORDS[field];
	if (prefix) return word(t, prefix, v) ?? String(v);
	if (field === 'element_positions' && Array.isArray(v)) {
		return v.length ? v.map((p) => Number(p) + 1).join(', ') : '—';
	}
	if (TIMESTAMPS.has(field) && typeof v === 'string' && !Number.isNaN(Date.parse(v))) {
		return formatThaiDateTime(new Date(v), lang);
	}
	if (typeof v === 'string' && isIsoDate(v)) return formatThaiDate(v, { style: 'short', lang });
	if (field === 'period_month' && typeof v === 'string' && /^\d{4}-\d{2}$/.test(v)) {
		return formatMonthYear(Number(v.slice(0, 4)), Number(v.slice(5)), lang);
	}
	if (typeof v === 'boolean') return t(v ? 'log.yes' : 'log.no');
	if (Array.isArray(v)) return v.join(', ');
	const text = field === 'url' && audience === 'screen' ? displayUrl(String(v)) : String(v);
	return audience === 'screen' && text.length > SCREEN_MAX
		? text.slice(0, SCREEN_MAX - 3) + '…'
		: text;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields an entry changed (an update), or set (an insert), or held (a delete). */
export function fieldChanges(
	c: Change,
	t: Translate,
	lang: Lang,
	audience: Audience = 'screen'
): FieldChange[] {
	const before = c.old_data ?? {};
	const after = c.new_data ?? {};
	return SHOWN.filter((k) => {
		if (c.op === 'UPDATE') return (k in before || k in after) && !same(before[k], after[k]);
		const v = c.op === 'DELETE' ? before[k] : after[k];
		return v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && !v.length);
	}).map((k) => ({
		field: k,
		label: t(TABLE_LABELS[c.table_name]?.[k] ?? `log.field.${k}`),
		before: c.op === 'INSERT' ? '' : showValue(k, before[k], t, lang, audience, c.table_name),
		after: c.op === 'DELETE' ? '' : showValue(k, after[k], t, lang, audience, c.table_name)
	}));
}

/** The record type's name. */
export function tableLabel(table: string, t: Translate): string {
	const key = `history.table.${table}`;
	return isMessageKey(key) ? t(key) : table;
}

/** What changed, for a person: 'หลักฐาน · ข้อ o12 (2565) · กองคลัง'. */
export function subjectOf(c: Change, t: Translate): string {
	return [
		tableLabel(c.table_name, t),
		c.item_code && t('log.item', { code: c.item_code, year: c.fiscal_year ?? '' }),
		c.division_name
	]
		.filter(Boolean)
		.join(' · ');
}

/** One line of plain text: 'สถานะ: ฉบับร่าง → ส่งแล้ว รอตรวจ; …'. */
export function describeChange(c: Change, t: Translate, lang: Lang): string {
	return fieldChanges(c, t, lang)
		.map((f) =>
			c.op === 'UPDATE'
				? `${f.label}: ${f.before} → ${f.after}`
				: `${f.label}: ${c.op === 'DELETE' ? f.before : f.after}`
		)
		.join('; ');
}
