/** A form's failure as the page passes it to the form it belongs to (null: not this form). */
export type Failed = {
	errors?: Record<string, string>;
	values?: Record<string, string | string[]>;
} | null;

/** The action result when it is `action`'s failure on row `id` (any row when id is undefined). */
export function failedOn(form: unknown, action: string, id?: string): Failed {
	const f = form as { action?: string; id?: string; errors?: Record<string, string> } | null;
	if (!f || !f.errors || f.action !== action) return null;
	return id === undefined || f.id === id ? (f as Failed) : null;
}

/** The action result when it asks to confirm deleting row `id`. */
export function asksToConfirm(form: unknown, action: string, id: string): boolean {
	const f = form as { action?: string; id?: string; confirm?: boolean } | null;
	return Boolean(f?.confirm && f.action === action && f.id === id);
}
