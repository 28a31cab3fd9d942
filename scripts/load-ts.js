// Loads a TypeScript module of the app from a plain Node script, through Vite (as the benches do).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

export async function loadTs(path) {
	// tsconfig.json extends the one SvelteKit generates; a checkout that was never built lacks it.
	if (!existsSync('.svelte-kit/tsconfig.json')) {
		spawnSync(process.execPath, ['node_modules/@sveltejs/kit/svelte-kit.js', 'sync'], {
			stdio: 'ignore'
		});
	}
	const options = {
		configFile: false,
		logLevel: 'error',
		resolve: { alias: { $lib: resolve('src/lib') } }
	};
	return (await runnerImport(path, options)).module;
}
