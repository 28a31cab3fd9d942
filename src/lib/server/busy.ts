import { apiError } from './api/respond';
import { translator, type Lang } from '$lib/i18n';

/** Seconds a refused caller is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 2;

/** The answer when the server has more work waiting than it takes: 503 with Retry-After. */
export function busy(pathname: string, lang: Lang): Response {
	const headers = { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' };
	const message = translator(lang)('busy.message');
	if (pathname.startsWith('/api/')) return apiError(503, message, headers);
	return new Response(message, {
		status: 503,
		headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }
	});
}
