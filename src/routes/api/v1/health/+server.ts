import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { serverConfig } from '$lib/server/config';

/** Liveness and database reachability, for monitoring. */
export const GET: RequestHandler = async ({ locals }) => {
	let db = 'ok';
	try {
		await locals.db.query('select 1');
	} catch {
		db = 'error';
	}
	const status = db === 'ok' ? 'ok' : 'degraded';
	return json(
		{ status, db, version: serverConfig().version },
		{ status: db === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } }
	);
};
