// The production server: SvelteKit's request handler (build/handler.js, which gives every
// response the security headers, as under `node build`) behind a plain Node HTTP server. Reads
// PORT (3000) and HOST (0.0.0.0); see README for ORIGIN and the rest.
import { createServer } from 'node:http';

// Matrix imports take files up to 2 MB; the form around them needs a little more.
process.env.BODY_SIZE_LIMIT ||= '3M';
const { handler } = await import('../build/handler.js');

const server = createServer((req, res) => {
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '0.0.0.0';
server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

// Let the app close its database (sveltekit:shutdown), then exit.
for (const signal of ['SIGTERM', 'SIGINT']) {
	process.once(signal, () => {
		server.close();
		server.closeAllConnections();
		process.emit('sveltekit:shutdown', signal);
		setTimeout(() => process.exit(0), 5000).unref();
	});
}
