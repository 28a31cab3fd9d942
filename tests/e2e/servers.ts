/**
 * The servers playwright.config.ts starts (see there); every test names the one it talks to.
 * E2E_PORT_BASE moves all four (default 4173–4176), e.g. to run two checkouts side by side.
 */
const base = Number(process.env.E2E_PORT_BASE ?? 4173);

export const PORTS = {
	demo: base,
	setup: base + 1,
	setupNoJs: base + 2,
	pristine: base + 3
} as const;

export type Server = keyof typeof PORTS;

export const origin = (server: Server) => `http://localhost:${PORTS[server]}`;
