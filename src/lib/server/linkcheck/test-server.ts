/**
 * A local HTTP server for the link checker's tests and bench: routes set per test, every request
 * counted by path and recorded with its headers. Listens on loopback only, on a free port.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Resolver } from './transport';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface Seen {
	method: string;
	host: string;
	path: string;
	headers: IncomingMessage['headers'];
}

export interface TestServer {
	port: number;
	requests: Seen[];
	/** Bytes written by streaming routes (see `stream`). */
	sent: { bytes: number };
	hits(path: string): number;
	total(): number;
	route(path: string, handler: Handler): void;
	reset(): void;
	close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
	const routes = new Map<string, Handler>();
	const requests: Seen[] = [];
	const sent = { bytes: 0 };
	const server: Server = createServer((req, res) => {
		const path = req.url ?? '/';
		requests.push({
			method: req.method ?? '',
			host: req.headers.host ?? '',
			path,
			headers: req.headers
		});
		const handler = routes.get(path.split('?')[0]);
		if (handler) return handler(req, res);
		res.writeHead(404, { 'content-type': 'text/html' }).end('<title>Not found</title>');
	});
	server.keepAliveTimeout = 500;
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		port,
		requests,
		sent,
		hits: (path) => requests.filter((r) => r.path === path).length,
		total: () => requests.length,
		route: (path, handler) => routes.set(path, handler),
		reset: () => {
			routes.clear();
			requests.length = 0;
			sent.bytes = 0;
		},
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

/** Stream `total` bytes (Infinity for endless) in 64 KB chunks, respecting backpressure. */
export function stream(res: ServerResponse, total: number, sent: { bytes: number }) {
	if (res.req.method === 'HEAD') return void res.end();
	const chunk = Buffer.alloc(65_536, 0x61);
	let left = total;
	const pump = () => {
		while (left > 0) {
			const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
			left -= piece.length;
			sent.bytes += piece.length;
			if (!res.write(piece)) return void res.once('drain', pump);
		}
		res.end();
	};
	res.on('close', () => (left = 0));
	pump();
}

/** A resolver answering from a table; each name's lookups are counted. Unknown names: ENOTFOUND. */
export function stubResolver(table: Record<string, string[] | (() => string[])>) {
	const calls = new Map<string, number>();
	const resolve: Resolver = async (hostname) => {
		calls.set(hostname, (calls.get(hostname) ?? 0) + 1);
		const entry = table[hostname];
		const list = typeof entry === 'function' ? entry() : entry;
		if (!list)
			throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
		return list.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
	};
	return { resolve, calls: (host: string) => calls.get(host) ?? 0 };
}
