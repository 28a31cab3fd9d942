import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORTS } from './tests/e2e/servers';

/**
 * End-to-end tests run against the built server (`node build`, never `vite dev`, which skips
 * SvelteKit's CSRF check). Each server gets an empty PGlite folder of its own:
 *  - demo     (4173): DEMO=1, the sample organisation and its accounts;
 *  - setup    (4174): no organisation; setup.spec.ts creates one (JavaScript on);
 *  - setupNoJs(4175): no organisation; setup.nojs.spec.ts creates one (JavaScript off);
 *  - pristine (4176): no organisation, and nothing is ever created on it: the set-up screenshots and
 *    the set-up security checks run here, so they do not depend on the order of the test files.
 * localhost (not 127.0.0.1) in the URLs: the app sets Secure cookies for http://localhost only.
 */
const server = (port: number, extra: Record<string, string> = {}) => ({
	command: 'node scripts/e2e-server.js',
	url: `http://localhost:${port}/api/v1/health`,
	env: {
		PORT: String(port),
		HOST: '127.0.0.1',
		// adapter-node assumes https unless told: without ORIGIN every same-origin form POST from
		// http://localhost would fail SvelteKit's CSRF check.
		ORIGIN: `http://localhost:${port}`,
		DATA_DIR: join(tmpdir(), `ita-e2e-${port}`),
		...extra
	},
	reuseExistingServer: false,
	timeout: 180_000,
	stdout: 'ignore' as const,
	stderr: 'pipe' as const,
	gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 }
});

/**
 * Debian's Chromium headless shell runs the suite about a fifth faster than the full browser, with
 * the same engine and fonts; the full one serves where the shell is not installed.
 */
const browser = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((b) =>
	existsSync(b)
);

const chromiumArgs = [
	'--disable-dev-shm-usage',
	'--disable-gpu',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	fullyParallel: false,
	forbidOnly: true,
	// One at a time: the files share the servers, and on a two-core machine a second worker was
	// no faster.
	workers: 1,
	retries: 0,
	reporter: 'list',
	// Budgets for a busy machine: the suite may share the CPU.
	timeout: 60_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://localhost:${PORTS.demo}`,
		locale: 'th-TH',
		timezoneId: 'Asia/Bangkok',
		trace: 'retain-on-failure',
		launchOptions: { executablePath: browser, args: chromiumArgs }
	},
	projects: [
		{
			name: 'chromium',
			testIgnore: [/\.nojs\.spec\.ts$/, /rollover\.spec\.ts$/, /a11y\.spec\.ts$/]
		},
		// The axe sweep: it only reads the demo and the pristine server.
		{ name: 'a11y', testMatch: /a11y\.spec\.ts$/ },
		{
			name: 'no-js',
			testMatch: /\.nojs\.spec\.ts$/,
			use: { javaScriptEnabled: false },
			dependencies: ['chromium']
		},
		// Moves the shared demo from FY2565 to FY2566, so it runs after everything else. Alone:
		// `npx playwright test rollover --no-deps`.
		{
			name: 'rollover',
			testMatch: /rollover\.spec\.ts$/,
			dependencies: ['chromium', 'a11y', 'no-js']
		}
	],
	webServer: [
		server(PORTS.demo, { DEMO: '1' }),
		server(PORTS.setup),
		server(PORTS.setupNoJs),
		server(PORTS.pristine)
	]
});
