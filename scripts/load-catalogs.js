#!/usr/bin/env node
// `npm run load-catalogs`: loads the shipped OIT editions into the database at DATABASE_URL (a
// Supabase project's, after `supabase db push`) without starting the app, which does the same at
// every start. Idempotent: an edition already there is left as it is, or its texts corrected.
// Loads the app's TypeScript modules through Vite, so the loader is the app's own.
import { loadTs as load } from './load-ts.js';

const url = process.env.DATABASE_URL;
if (!url) {
	console.error(
		'Set DATABASE_URL to the database to load (Supabase: Project Settings → Database).'
	);
	process.exit(2);
}

const { openPostgres } = await load('./src/lib/server/db/postgres.ts');
const { loadCatalogs } = await load('./src/lib/server/catalog-loader.ts');

const db = openPostgres(url);
try {
	await loadCatalogs(db);
	const rows = await db.query(
		'select shipped_key from public.catalogs where shipped_key is not null order by 1'
	);
	console.log(`Shipped OIT editions in the database: ${rows.map((r) => r.shipped_key).join(', ')}`);
} finally {
	await db.close();
}
