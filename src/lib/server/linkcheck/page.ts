/**
 * What the checker reads from a fetched body: the HTML `<title>` and visible text, or a PDF's text
 * layer. The text is kept only for the year check and never shown to anyone.
 */
import { extractText, getDocumentProxy } from 'unpdf';

export const MAX_TITLE = 300;
export const MAX_TEXT = 200_000;

export type PdfRead = 'text' | 'no_text_layer' | 'not_read';

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' '
};

/** Decode the character references an HTML title or text commonly holds. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
		const code =
			ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
}

function squash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** The media type and charset of a Content-Type header value. */
export function parseContentType(value: string | undefined): { mime: string; charset?: string } {
	if (!value) return { mime: '' };
	const [mime, ...params] = value.split(';');
	const charset = params
		.map((p) => p.trim().match(/^charset\s*=\s*"?([\w.:-]+)"?$/i)?.[1])
		.find(Boolean);
	return { mime: mime.trim().toLowerCase(), charset: charset?.toLowerCase() };
}

/** Bytes as text in the declared charset (header first, then `<meta>`), UTF-8 when unknown. */
export function decodeHtml(bytes: Uint8Array, headerCharset?: string): string {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
	const meta = head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1];
	for (const label of [headerCharset, meta, 'utf-8']) {
		if (!label) continue;
		try {
			return new TextDecoder(label).decode(bytes);
		} catch {
			/* unknown label: try the next one */
		}
	}
	return new TextDecoder().decode(bytes);
}

/** The trimmed, entity-decoded `<title>` (at most 300 characters) and the visible text. */
export function readHtml(html: string): { title?: string; text: string } {
	const rawTitle = html.match(/<title[^>]*>([\s\S]*?)<\/title\s*>/i)?.[1];
	const title =
		rawTitle === undefined ? undefined : squash(decodeEntities(rawTitle)).slice(0, MAX_TITLE);
	const visible = html
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
		.replace(/<[^>]*>/g, ' ');
	return { title: title || undefined, text: squash(decodeEntities(visible)).slice(0, MAX_TEXT) };
}

/** Whether a page is a sign-in form rather than the document (a title saying so and a password box). */
export function looksLikeLogin(html: string, title: string | undefined): boolean {
	const loginTitle = /(log\s?-?in|sign\s?-?in|เข้าสู่ระบบ|ลงชื่อเข้าใช้)/i.test(title ?? '');
	return loginTitle && /<input[^>]+type\s*=\s*["']?password/i.test(html);
}

/** A URL whose path is a sign-in page (where sites send visitors who may not see a document). */
export function isLoginUrl(url: URL): boolean {
	return (
		/(^|[/._-])(log-?in|sign-?in|auth|servicelogin|wp-login\.php)([/._?-]|$)/i.test(url.pathname) ||
		url.hostname === 'accounts.google.com'
	);
}

export function isPdf(mime: string, bytes: Uint8Array): boolean {
	if (mime === 'application/pdf') return true;
	return bytes.length >= 5 && new TextDecoder('latin1').decode(bytes.subarray(0, 5)) === '%PDF-';
}

export function isHtml(mime: string, bytes: Uint8Array): boolean {
	if (mime.includes('html')) return true;
	if (mime && mime !== 'application/octet-stream' && mime !== 'text/plain') return false;
	return /^\s*</.test(new TextDecoder('latin1').decode(bytes.subarray(0, 64)));
}

/** The text layer of a complete PDF: `no_text_layer` when it has none (a scan), `not_read` when it does not parse. */
export async function readPdf(bytes: Uint8Array): Promise<{ pdf: PdfRead; text?: string }> {
	try {
		const doc = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false });
		try {
			const { text } = await extractText(doc, { mergePages: true });
			const clean = squash(text);
			return clean ? { pdf: 'text', text: clean.slice(0, MAX_TEXT) } : { pdf: 'no_text_layer' };
		} finally {
			await doc.destroy();
		}
	} catch {
		return { pdf: 'not_read' };
	}
}
