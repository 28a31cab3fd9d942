// The production server: SvelteKit's request handler (build/handler.js, which gives every
// response the security headers, as under `node build`) behind a plain Node HTTP server. Reads
// PORT (3000) and HOST (0.0.0.0); see README for ORIGIN and the rest.
import { createServer } from 'node:http';

// Matrix imports take files up to 2 MB; the form around them needs a little more.
process.env.BODY_SIZE_LIMIT ||= '3M';

// Without ORIGIN the app answers at whatever address the browser used (localhost, 127.0.0.1, this
// PC's network address): adapter-node then builds each request's URL from its Host header and a
// protocol header, which it would otherwise take to be https. This server speaks plain http, so
// it writes that header itself, over anything a client sent.
const PROTOCOL = 'x-ita-protocol';
if (!process.env.ORIGIN?.trim()) delete process.env.ORIGIN; // `ORIGIN=` means unset
const ownProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (ownProtocol) process.env.PROTOCOL_HEADER = PROTOCOL;

const { handler } = await import('../build/handler.js');

export const server = createServer((req, res) => {
	if (ownProtocol) req.headers[PROTOCOL] = 'http';
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '0.0.0.0';

/** Resolves once the server accepts connections. */
export const listening = new Promise((resolve) => server.listen(port, host, () => resolve(port)));

// Let the app close its database (sveltekit:shutdown), then exit.
for (const signal of ['SIGTERM', 'SIGINT']) {
	process.once(signal, () => {
		server.close();
		server.closeAllConnections();
		process.emit('sveltekit:shutdown', signal);
		setTimeout(() => process.exit(0), 5000).unref();
	});
}
