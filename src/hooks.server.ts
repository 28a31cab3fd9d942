import {
	json,
	redirect,
	text,
	type Handle,
	type HandleServerError,
	type ServerInit
} from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { randomUUID } from 'node:crypto';
import { env } from '$env/dynamic/private';
import { database, stopBeforeClose } from '$lib/server/db';
import { startAppJobs, stopAppJobs } from '$lib/server/jobs';
import { StartupError } from '$lib/server/db/folder-lock';
import { resolveSession, resolveUser, SESSION_COOKIE } from '$lib/server/auth/sessions';
import { supabaseClient, verifiedUser } from '$lib/server/auth/supabase';
import { sessionCookieOptions } from '$lib/server/auth/cookie';
import { supabaseAuth } from '$lib/server/config';
import { resolveToken } from '$lib/server/auth/api-tokens';
import { apiError } from '$lib/server/api/respond';
import { currentMember } from '$lib/server/members';
import { parseLang, LANG_COOKIE, translator } from '$lib/i18n';
import { unstorable } from '$lib/server/forms';
import { securityHeaders } from '$lib/server/headers';
import { Limiter } from '$lib/server/limiter';
import { busy } from '$lib/server/busy';
import { isFormPost, sameOrigin } from '$lib/server/same-origin';

/** The job queue starts once the first request is answered (or 3 s after start-up, if none is). */
let firstAnswered = () => {};
const answered = new Promise<void>((resolve) => {
	firstAnswered = resolve;
	setTimeout(resolve, 3_000).unref();
});

export const init: ServerInit = async () => {
	try {
		const db = await database();
		startAppJobs(db, answered).catch((e) =>
			console.error(JSON.stringify({ level: 'error', event: 'job_queue', message: String(e) }))
		);
		stopBeforeClose(stopAppJobs);
	} catch (e) {
		// A data folder that is taken or not writable: one line that says so, then stop.
		if (!(e instanceof StartupError)) throw e;
		console.error(e.message);
		process.exit(1);
	}
};

const handleDb: Handle = async ({ event, resolve }) => {
	event.locals.db = await database();
	const response = await resolve(event);
	firstAnswered();
	return response;
};

const handleLang: Handle = ({ event, resolve }) => {
	event.locals.lang = parseLang(event.cookies.get(LANG_COOKIE));
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.lang)
	});
};

/**
 * Form posts from another origin are refused with a 403 (CSRF; the rule is in same-origin.ts). A
 * browser gets the page that names the address to use (/address) rather than a button that does
 * nothing; with JavaScript the form is sent there, without it the page is the 403's body.
 */
const handleOrigin: Handle = async ({ event, resolve }) => {
	const { request, url } = event;
	const origin = request.headers.get('origin');
	if (!isFormPost(request) || sameOrigin(origin, url, env.ORIGIN)) return resolve(event);
	console.warn(JSON.stringify({ level: 'warn', event: 'cross_origin_form', origin }));
	const address = `/address?from=${encodeURIComponent(request.headers.get('host') ?? '')}`;
	if (request.headers.get('x-sveltekit-action') === 'true')
		return json({ type: 'redirect', status: 303, location: address });
	const message = `Cross-site ${request.method} form submissions are forbidden`;
	const accept = request.headers.get('accept') ?? '';
	if (accept === 'application/json') return json({ message }, { status: 403 });
	if (!accept.includes('text/html')) return text(message, { status: 403 });
	const page = await event.fetch(address);
	return new Response(await page.text(), { status: 403, headers: page.headers });
};

/** A query string with characters no text can hold is a 400 that names the parameter. */
const handleQuery: Handle = ({ event, resolve }) => {
	for (const [key, value] of event.url.searchParams) {
		if (!unstorable(key) && !unstorable(value)) continue;
		const field = unstorable(key) ? '?' : key;
		const message = translator(event.locals.lang)('v.badQuery', { field });
		return new Response(message, {
			status: 400,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	return resolve(event);
};

/**
 * Supabase Auth mode: the user is whoever the project's Auth server vouches for (verified in
 * auth/supabase.ts); from here on they are handled exactly as an embedded session's user.
 */
const handleSupabaseAuth: Handle = async ({ event, resolve }) => {
	const settings = supabaseAuth();
	event.locals.supabase = null;
	if (!settings) return resolve(event);
	const { secure } = sessionCookieOptions(event.url);
	const supabase = supabaseClient(settings, event.cookies, secure);
	const verified = await verifiedUser(supabase, event.request.method);
	const holder = verified ? await resolveUser(event.locals.db, verified.claims.sub) : null;
	event.locals.supabase = supabase;
	event.locals.sessionToken = null;
	event.locals.user = holder?.user ?? null;
	event.locals.member = holder?.member ?? null;
	return resolve(event);
};

const handleAuth: Handle = async ({ event, resolve }) => {
	if (event.locals.supabase) return resolve(event);
	const token = event.cookies.get(SESSION_COOKIE) ?? null;
	const holder = token ? await resolveSession(event.locals.db, token) : null;
	event.locals.sessionToken = holder ? token : null;
	event.locals.user = holder?.user ?? null;
	event.locals.member = holder?.member ?? null;
	return resolve(event);
};

/**
 * Integrations on /api/v1/: `Authorization: Bearer <token>` without a session acts as the token's
 * coordinator under RLS, read only: anything but GET/HEAD with a token is refused. Resolved on
 * every request, so a revoked token fails on the very next one.
 */
const handleApiToken: Handle = async ({ event, resolve }) => {
	event.locals.apiToken = false;
	const bearer = /^Bearer\s+(\S+)$/i.exec(event.request.headers.get('authorization') ?? '')?.[1];
	if (!bearer || !event.url.pathname.startsWith('/api/v1/')) return resolve(event);
	if (event.request.method !== 'GET' && event.request.method !== 'HEAD')
		return apiError(405, 'API tokens are read-only', { Allow: 'GET, HEAD' });
	if (event.locals.user) return resolve(event);
	const holder = await resolveToken(event.locals.db, bearer);
	const member = holder && (await currentMember(event.locals.db, holder.user.id));
	if (!holder || member?.orgId !== holder.orgId)
		return apiError(401, 'Invalid or revoked token', { 'WWW-Authenticate': 'Bearer' });
	event.locals.user = holder.user;
	event.locals.member = member;
	event.locals.apiToken = true;
	return resolve(event);
};

/** Pages of the (app) group need a signed-in user; the login page keeps the way back. */
const handleGuard: Handle = ({ event, resolve }) => {
	if (event.route.id?.startsWith('/(app)') && !event.locals.user) {
		const back = event.url.pathname + event.url.search;
		redirect(303, back === '/' ? '/login' : `/login?redirectTo=${encodeURIComponent(back)}`);
	}
	return resolve(event);
};

/**
 * A password someone else chose (a reset, a new member's first one) is changed before anything
 * else: every page of the (app) group but /account sends the person there. Sign-out, the login
 * page, static files and the API are outside the group.
 */
const handleTemporaryPassword: Handle = ({ event, resolve }) => {
	const id = event.route.id;
	if (
		event.locals.user?.mustChangePassword &&
		!event.locals.apiToken &&
		id?.startsWith('/(app)') &&
		id !== '/(app)/account'
	)
		redirect(303, '/account');
	return resolve(event);
};

/** Outermost, so every response of the hooks gets them, refusals of the other handles included. */
const handleHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	securityHeaders(response.headers, Boolean(event.locals.user));
	return response;
};

/**
 * Process-wide admission control, shared by every request by design: a few requests work at once,
 * the others wait in line for up to 2 s and are then told to come back (503 + Retry-After).
 */
const limiter = new Limiter({ active: 4, queue: 200, maxWaitMs: 2000 });

/** Everything but the health check (monitoring must see the process alive) waits its turn. */
const handleLimit: Handle = ({ event, resolve }) => {
	if (event.url.pathname === '/api/v1/health') return resolve(event);
	return limiter.run(
		async () => resolve(event),
		() => busy(event.url.pathname, event.locals.lang)
	);
};

export const handle = sequence(
	handleHeaders,
	handleLang,
	handleOrigin,
	handleLimit,
	handleDb,
	handleSupabaseAuth,
	handleAuth,
	handleApiToken,
	handleGuard,
	handleTemporaryPassword,
	handleQuery
);

/** Unexpected errors: the detail goes to the log under an id; the user sees the id only. */
export const handleError: HandleServerError = ({ error, event, status }) => {
	const id = randomUUID().slice(0, 8);
	if (status !== 404 && status !== 413) {
		const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
		console.error(JSON.stringify({ level: 'error', id, path: event.url.pathname, status, detail }));
	}
	// A body over BODY_SIZE_LIMIT is the sender's to fix: say so, with the limit.
	if (status === 413)
		return {
			message: 'Payload Too Large',
			limit: (env.BODY_SIZE_LIMIT || '512K').replace(/^(\d+)([KMG])$/i, '$1 $2B')
		};
	return { message: status === 404 ? 'Not found' : 'Internal error', id };
};
