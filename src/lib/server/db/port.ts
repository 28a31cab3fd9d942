/**
 * The one data port the server talks SQL through. Two adapters implement it: PGlite (embedded,
 * the default) and a PostgreSQL connection pool (`DATABASE_URL`, including a Supabase database).
 */
export type Row = Record<string, unknown>;

export interface Tx {
	query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
	/** Runs a multi-statement SQL script (migrations, seeds). */
	exec(sql: string): Promise<void>;
}

export interface Database extends Tx {
	readonly kind: 'pglite' | 'postgres';
	/**
	 * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
	 * `readOnly`: the database refuses any write in it (25006).
	 */
	transaction<T>(fn: (tx: Tx) => Promise<T>, opts?: { readOnly?: boolean }): Promise<T>;
	/**
	 * Counts the writes this process has committed, for an adapter that is its database's only
	 * user (PGlite, whose folder is locked to one process): a read made at one count is still
	 * true while the count has not moved. Absent where other processes may write (PostgreSQL).
	 */
	readonly writes?: () => number;
	/**
	 * One statement with parameters, or a script without them, outside any transaction: the job
	 * queue's own SQL. Not counted as a write, since no page reads the queue's tables.
	 */
	queueSql(text: string, values?: unknown[]): Promise<{ rows: Row[] }>;
	close(): Promise<void>;
}

/** Claims passed to the database exactly as PostgREST passes a verified JWT. */
export interface Claims {
	sub: string;
	role: 'authenticated';
	email?: string;
}

/** Result parsers shared by both adapters: dates stay ISO strings, numerics become numbers. */
export const parsers: Record<number, (value: string) => unknown> = {
	1082: (v) => v,
	1700: (v) => Number(v),
	20: (v) => Number(v)
};
