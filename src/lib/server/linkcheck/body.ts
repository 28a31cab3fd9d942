/**
 * Reading a response body with a byte cap: at most `maxBytes` are ever taken from the socket, and
 * a PDF that declares or turns out to be larger is not read at all (its text would be partial).
 */
import type { Dispatcher } from 'undici';
import {
	decodeHtml,
	isHtml,
	isPdf,
	looksLikeLogin,
	parseContentType,
	readHtml,
	readPdf,
	type PdfRead
} from './page';
import { discard } from './transport';

export interface BodyRead {
	bytesRead: number;
	truncated: boolean;
	login: boolean;
	page: { title?: string; text?: string; pdf?: PdfRead };
}

/** Up to `max` bytes of a stream; the rest is left unread and the stream destroyed. */
export async function readCapped(
	body: AsyncIterable<Uint8Array> & Parameters<typeof discard>[0],
	max: number
): Promise<{ bytes: Uint8Array; truncated: boolean }> {
	const chunks: Uint8Array[] = [];
	let total = 0;
	let truncated = false;
	for await (const chunk of body) {
		const room = max - total;
		if (chunk.length > room) {
			chunks.push(chunk.subarray(0, room));
			total += room;
			truncated = true;
			break;
		}
		chunks.push(chunk);
		total += chunk.length;
	}
	if (truncated) discard(body);
	return { bytes: Buffer.concat(chunks, total), truncated };
}

export async function readBody(res: Dispatcher.ResponseData, maxBytes: number): Promise<BodyRead> {
	const header = res.headers['content-type'];
	const { mime, charset } = parseContentType(Array.isArray(header) ? header[0] : header);
	const declared = Number(res.headers['content-length'] ?? NaN);
	if (mime === 'application/pdf' && declared > maxBytes) {
		discard(res.body);
		return { bytesRead: 0, truncated: true, login: false, page: { pdf: 'not_read' } };
	}
	const { bytes, truncated } = await readCapped(res.body, maxBytes);
	const base = { bytesRead: bytes.length, truncated, login: false };
	if (isPdf(mime, bytes)) {
		return { ...base, page: truncated ? { pdf: 'not_read' } : await readPdf(bytes) };
	}
	if (isHtml(mime, bytes)) {
		const html = decodeHtml(bytes, charset);
		const { title, text } = readHtml(html);
		return { ...base, login: looksLikeLogin(html, title), page: { title, text } };
	}
	return { ...base, page: {} };
}
