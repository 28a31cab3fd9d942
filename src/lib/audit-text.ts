import { isMessageKey, type Translate } from '$lib/i18n';

interface Change {
	table_name: string;
	op: string;
	old_data: Record<string, unknown> | null;
	new_data: Record<string, unknown> | null;
}

/** Fields people care about in a change; ids, timestamps and versions are left out. */
const SHOWN = [
	'status',
	'review_comment',
	'url',
	'title',
	'note',
	'kind',
	'period_month',
	'due_date',
	'owner_mode',
	'deleted_at',
	'element_positions',
	'body',
	'name',
	'role',
	'aliases',
	'archived_at'
];

/** One line of plain text for an audit entry: "status: draft → submitted; url: … → …". */
export function describeChange(c: Change, t: Translate): string {
	const after = c.new_data ?? {};
	const before = c.old_data ?? {};
	const keys = SHOWN.filter((k) => k in after || k in before);
	const show = (v: unknown) => {
		const status = `status.${v}`;
		if (isMessageKey(status)) return t(status);
		if (v === null || v === undefined || v === '') return '—';
		if (typeof v === 'string' && v.length > 120) return v.slice(0, 117) + '…';
		return Array.isArray(v) ? v.join(', ') : String(v);
	};
	const parts = keys.map((k) =>
		c.op === 'UPDATE'
			? `${k}: ${show(before[k])} → ${show(after[k])}`
			: `${k}: ${show(after[k] ?? before[k])}`
	);
	const label = `history.table.${c.table_name}`;
	return [isMessageKey(label) ? t(label) : c.table_name, ...parts].join(' · ');
}
