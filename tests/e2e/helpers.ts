import type { Page } from '@playwright/test';
import { origin, type Server } from './servers';

export { origin, PORTS, type Server } from './servers';

/** The demo organisation's accounts (src/lib/server/demo.ts). */
export const DEMO_PASSWORD = 'demo-2565-pass';
export const DEMO_ORG = 'องค์การบริหารส่วนจังหวัดพะเยา';
export const DEMO = {
	coordinator: 'coordinator@demo.example',
	stat: 'stat@demo.example',
	finance: 'finance@demo.example',
	executive: 'executive@demo.example',
	viewer: 'viewer@demo.example'
} as const;
export const DEMO_COORDINATOR_NAME = 'นางสาวพิมพ์ชนก ศรีวงศ์';

/** Thai strings the tests look for (src/lib/i18n/th.ts). */
export const TH = {
	loginTitle: 'เข้าสู่ระบบ',
	loginFailed: 'อีเมลหรือรหัสผ่านไม่ถูกต้อง',
	email: 'อีเมล',
	password: 'รหัสผ่าน',
	logout: 'ออกจากระบบ',
	setupTitle: 'เริ่มต้นใช้งาน',
	catalogTitle: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)',
	welcome: (name: string) => `สวัสดี ${name}`
};
export const EN = {
	catalogTitle: 'Open Data Integrity and Transparency Assessment (OIT) checklist'
};

export const SESSION_COOKIE = 'ita_session';

/** Fills and submits the login form; works with JavaScript on and off. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
	await page.getByLabel(TH.email, { exact: true }).fill(email);
	await page.getByLabel(TH.password, { exact: true }).fill(password);
	await page.getByRole('button', { name: TH.loginTitle, exact: true }).click();
}

export interface PostOptions {
	/** The Origin header: the server's own origin unless given; null sends none. */
	origin?: string | null;
	contentType?: string;
	method?: string;
	cookie?: string;
	headers?: Record<string, string>;
	/** text/html (a browser without JavaScript) unless given. */
	accept?: string;
}

/**
 * A form submission from Node's fetch, never following redirects: full control of Origin,
 * Content-Type and cookies, which a browser would not give.
 */
export function post(
	server: Server,
	path: string,
	body: string | URLSearchParams | Record<string, string>,
	opts: PostOptions = {}
): Promise<Response> {
	const headers: Record<string, string> = {
		accept: opts.accept ?? 'text/html',
		'content-type': opts.contentType ?? 'application/x-www-form-urlencoded',
		...opts.headers
	};
	const from = opts.origin === undefined ? origin(server) : opts.origin;
	if (from !== null) headers.origin = from;
	if (opts.cookie) headers.cookie = opts.cookie;
	const data = typeof body === 'string' ? body : new URLSearchParams(body).toString();
	return fetch(origin(server) + path, {
		method: opts.method ?? 'POST',
		body: data,
		headers,
		redirect: 'manual'
	});
}

/** GET without following redirects, optionally with a cookie. */
export function get(server: Server, path: string, cookie?: string): Promise<Response> {
	return fetch(origin(server) + path, {
		headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) },
		redirect: 'manual'
	});
}

/** The value a response sets for a cookie, or null. */
export function setCookie(res: Response, name: string): string | null {
	for (const line of res.headers.getSetCookie()) {
		const [pair] = line.split(';');
		const eq = pair.indexOf('=');
		if (pair.slice(0, eq).trim() === name) return pair.slice(eq + 1);
	}
	return null;
}

/** Signs in over HTTP; returns the `Cookie` header value for the new session. */
export async function sessionCookie(
	server: Server,
	email: string,
	password = DEMO_PASSWORD
): Promise<string> {
	const res = await post(server, '/login', { email, password });
	const token = setCookie(res, SESSION_COOKIE);
	if (res.status !== 303 || !token) throw new Error(`sign-in as ${email} failed: ${res.status}`);
	return `${SESSION_COOKIE}=${token}`;
}

/** The text of the page's alert (role="alert") in an HTML response, tags stripped. */
export function alertText(html: string): string | null {
	const m = /<p[^>]*role="alert"[^>]*>([\s\S]*?)<\/p>/.exec(html);
	return m ? m[1].replace(/<[^>]+>/g, '').trim() : null;
}

/** A string unique to this run, for e-mail addresses that must not collide between runs. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
