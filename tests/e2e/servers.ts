/** The servers playwright.config.ts starts (see there); every test names the one it talks to. */
export const PORTS = { demo: 4173, setup: 4174, setupNoJs: 4175, pristine: 4176 } as const;

export type Server = keyof typeof PORTS;

export const origin = (server: Server) => `http://localhost:${PORTS[server]}`;
