import pg from 'pg';
import type { Database, Row, Tx } from './port';
import { parsers } from './port';

/** A pooled connection to any PostgreSQL server, a Supabase project's database included. */
export function openPostgres(connectionString: string, max = 10): Database {
	const types = {
		getTypeParser: (oid: number, format?: 'text' | 'binary') =>
			parsers[oid] ?? pg.types.getTypeParser(oid, format)
	};
	const pool = new pg.Pool({ connectionString, max, types } as pg.PoolConfig);
	const query = async <T extends Row>(sql: string, params?: unknown[]) =>
		(await pool.query(sql, params as unknown[])).rows as T[];
	return {
		kind: 'postgres',
		query,
		async transaction(fn, opts) {
			const client = await pool.connect();
			try {
				await client.query(opts?.readOnly ? 'begin read only' : 'begin');
				const tx: Tx = {
					query: async <T extends Row>(sql: string, params?: unknown[]) =>
						(await client.query(sql, params as unknown[])).rows as T[],
					exec: async (sql) => {
						await client.query(sql);
					}
				};
				const result = await fn(tx);
				await client.query('commit');
				return result;
			} catch (e) {
				await client.query('rollback').catch(() => {});
				throw e;
			} finally {
				client.release();
			}
		},
		async exec(sql) {
			await pool.query(sql);
		},
		async queueSql(text, values) {
			// A script without parameters answers with one result per statement: the last counts.
			const result = (await pool.query(text, values as unknown[])) as unknown as
				pg.QueryResult | pg.QueryResult[];
			return { rows: (Array.isArray(result) ? result.at(-1)?.rows : result.rows) ?? [] };
		},
		close: () => pool.end()
	};
}
