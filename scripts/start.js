#!/usr/bin/env node
// Starts the built server (build/) on PORT (default 3000) with the embedded database in DATA_DIR.
import { existsSync } from 'node:fs';

if (!existsSync('build/handler.js')) {
	console.error('No build found: run `npm run build` first (npm start does both).');
	process.exit(1);
}
process.env.PORT ||= '3000';
// The address people type in the browser. SvelteKit compares it with each form post's Origin
// (CSRF protection); for access from other PCs set ORIGIN=http://<this-pc-address>:<port>.
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
const host = process.env.HOST || '0.0.0.0';
console.log(`ITA readiness: ${process.env.ORIGIN} (listening on ${host}:${process.env.PORT})`);
await import('./serve.js');
