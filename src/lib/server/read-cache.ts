/**
 * Page reads kept between requests while nothing was written. Only where the database says how
 * many writes it has committed (`Database.writes`: the embedded database, which one process owns);
 * elsewhere every read goes to the database. An entry is keyed by the person (Row Level Security
 * decides what each one sees) and by what the caller says the read depends on, and tagged with
 * the write count taken before the read: any write since makes it stale.
 */
import { readAsRequestUser } from './request';
import type { Tx } from './db/port';

interface Entry {
	writes: number;
	value: Promise<unknown>;
}

const MAX_ENTRIES = 1000;
const entries = new Map<string, Entry>();

/** `fn` read as the signed-in user in a read-only transaction, or its kept answer. */
export function cachedRead<T>(
	locals: App.Locals,
	key: string,
	fn: (tx: Tx) => Promise<T>
): Promise<T> {
	const writes = locals.db.writes?.();
	if (writes === undefined || !locals.user) return readAsRequestUser(locals, fn);
	const id = `${locals.user.id}\u0000${key}`;
	const kept = entries.get(id);
	// A copy each time: a page that sorts its data in place must not change the kept answer.
	if (kept?.writes === writes) return kept.value.then((v) => structuredClone(v as T));
	const value = readAsRequestUser(locals, fn);
	entries.delete(id);
	entries.set(id, { writes, value });
	if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
	value.catch(() => {
		if (entries.get(id)?.value === value) entries.delete(id);
	});
	return value.then((v) => structuredClone(v));
}
