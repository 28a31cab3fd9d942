// Loads TypeScript modules of the app from a plain Node script, through Vite (as the benches do).
// Every module is loaded by one module runner, kept open while the script runs: modules share one
// instance of what they import, and an app module's own dynamic import (the demo's plan text)
// still works after it was loaded.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRunnableDevEnvironment, resolveConfig } from 'vite';

/** @type {Promise<import('vite').RunnableDevEnvironment> | undefined} */
let environment;

async function open() {
	// tsconfig.json extends the one SvelteKit generates; a checkout that was never built lacks it.
	if (!existsSync('.svelte-kit/tsconfig.json')) {
		spawnSync(process.execPath, ['node_modules/@sveltejs/kit/svelte-kit.js', 'sync'], {
			stdio: 'ignore'
		});
	}
	const config = await resolveConfig(
		{
			configFile: false,
			envDir: false,
			logLevel: 'error',
			resolve: { alias: { $lib: resolve('src/lib') } },
			environments: {
				scripts: {
					consumer: 'server',
					dev: { moduleRunnerTransform: true },
					resolve: { external: true, mainFields: [], conditions: ['node'] }
				}
			}
		},
		'serve'
	);
	const env = createRunnableDevEnvironment('scripts', config, {
		runnerOptions: { hmr: { logger: false } },
		hot: false
	});
	await env.init();
	process.once('beforeExit', () => env.close());
	return env;
}

/** The module at `path` (relative to the project), loaded once. @param {string} path */
export async function loadTs(path) {
	environment ??= open();
	return (await environment).runner.import(path);
}
