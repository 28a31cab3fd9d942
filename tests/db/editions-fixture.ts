import type { Database } from '../../src/lib/server/db/port';

/** The id of a shipped edition ('fy2565', 'fy2566', 'fy2569'), read as the connection's role. */
export async function shippedEdition(db: Database, key: string): Promise<string> {
	const [row] = await db.query<{ id: string }>(
		'select id from public.catalogs where shipped_key = $1',
		[key]
	);
	if (!row) throw new Error(`No shipped edition ${key}`);
	return row.id;
}
