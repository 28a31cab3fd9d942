import type { RequestHandler } from './$types';
import { apiError } from '$lib/server/api/respond';

/** Unknown API paths and malformed ids (the param matchers refused them) answer JSON, not HTML. */
export const fallback: RequestHandler = () => apiError(404, 'Not found');
