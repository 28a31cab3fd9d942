// adapter-node, plus the security headers on every response of the built server, static files
// and SvelteKit's refusals before `handle` included. After adapter-node has written its output:
// build/index.js (`node build`) runs a middleware that sets them before its handler, and
// build/handler.js (what scripts/serve.js, so `npm start`, imports) becomes a wrapper that sets
// them before adapter-node's handler, now kit-handler.js. The list is src/lib/server/base-headers.js.
// It also records what the build was made from (build/.source-stamp, see scripts/build-stamp.js).
import node from '@sveltejs/adapter-node';
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeStamp } from './build-stamp.js';

const MIDDLEWARE = `// Written by scripts/headers-adapter.js at build time.
import { BASE_HEADERS } from './base-headers.js';

/** Gives the response the security headers before anything answers it. */
export function securityHeaders(req, res, next) {
	for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value);
	next();
}
`;

const HANDLER = `// Written by scripts/headers-adapter.js at build time.
import { handler as kit } from './kit-handler.js';
import { securityHeaders } from './security-headers.js';

/** adapter-node's handler, every response given the security headers first. */
export function handler(req, res, next) {
	securityHeaders(req, res, () => {});
	return kit(req, res, next);
}
`;

/** adapter-node's entry point, its one middleware chain given the headers first. @param {string} file */
function patchIndex(file) {
	const code = readFileSync(file, 'utf8');
	const use = '.use(handler)';
	if (code.split(use).length !== 2) throw new Error(`headers-adapter: no single ${use} in ${file}`);
	const patched = code.replace(use, '.use(securityHeaders, handler)');
	writeFileSync(file, `import { securityHeaders } from './security-headers.js';\n${patched}`);
}

/** @param {import('@sveltejs/adapter-node').AdapterOptions & { out: string }} options */
export default function adapter(options) {
	const base = node(options);
	return {
		...base,
		name: 'adapter-node-with-headers',
		/** @param {import('@sveltejs/kit').Builder} builder */
		async adapt(builder) {
			await base.adapt(builder);
			const out = options.out;
			const kit = readFileSync(join(out, 'handler.js'), 'utf8');
			writeFileSync(
				join(out, 'kit-handler.js'),
				kit.replace('handler.js.map', 'kit-handler.js.map')
			);
			if (existsSync(join(out, 'handler.js.map'))) {
				renameSync(join(out, 'handler.js.map'), join(out, 'kit-handler.js.map'));
			}
			copyFileSync('src/lib/server/base-headers.js', join(out, 'base-headers.js'));
			writeFileSync(join(out, 'security-headers.js'), MIDDLEWARE);
			writeFileSync(join(out, 'handler.js'), HANDLER);
			patchIndex(join(out, 'index.js'));
			writeStamp(out);
		}
	};
}
