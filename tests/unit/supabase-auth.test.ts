/**
 * Supabase Auth mode's adapter (src/lib/server/auth/supabase.ts), test plan W06/W07. The real
 * supabase-js and @supabase/ssr talk to a fake Supabase Auth server (tests/shared): only the
 * hosted Auth server is faked, and each test's name says so.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	confirmLink,
	signIn,
	signOut,
	supabaseClient,
	verifiedUser
} from '../../src/lib/server/auth/supabase';
import { supabaseSettings } from '../../src/lib/server/supabase-mode';
import { FakeSupabaseAuth, jwtPayload, newKeyPair, signJwt } from '../shared/fake-supabase-auth';
import { CookieJar } from '../shared/cookie-jar';

const FAKE = '(fake Supabase Auth server)';
let auth: FakeSupabaseAuth;
let userId: string;
const client = (jar: CookieJar) =>
	supabaseClient({ url: auth.url, anonKey: 'anon-test-key' }, jar, false);

beforeAll(async () => {
	auth = await new FakeSupabaseAuth().start();
	userId = auth.addUser('somchai@example.go.th', 'correct horse battery');
});
afterAll(() => auth.stop());

/** A browser that signed in: its cookies, as the server set them. */
async function signedIn(): Promise<CookieJar> {
	const jar = new CookieJar();
	expect(await signIn(client(jar), 'somchai@example.go.th', 'correct horse battery')).toBe(true);
	return jar;
}

/** The same browser with its access token replaced (cookie says: not expired). */
function withToken(jar: CookieJar, token: string): CookieJar {
	const edited = jar.copy();
	const session = edited.session();
	edited.setSession({ ...session, access_token: token, expires_at: Date.now() / 1000 + 3600 });
	return edited;
}

const readAs = (jar: CookieJar) => verifiedUser(client(jar), 'GET');
const writeAs = (jar: CookieJar) => verifiedUser(client(jar), 'POST');

describe('W06: the user of a request is verified on the server', () => {
	test(`a valid token is the user, on reads and on writes ${FAKE}`, async () => {
		const jar = await signedIn();
		const before = auth.calls.filter((p) => p === '/auth/v1/user').length;
		const read = await readAs(jar);
		expect(read?.claims).toEqual({
			sub: userId,
			role: 'authenticated',
			email: 'somchai@example.go.th'
		});
		// A read checks the signature against the project's keys without asking the server …
		expect(auth.calls.filter((p) => p === '/auth/v1/user').length).toBe(before);
		expect(auth.calls).toContain('/auth/v1/.well-known/jwks.json');
		// … a write asks it.
		expect((await writeAs(jar))?.claims.sub).toBe(userId);
		expect(auth.calls.filter((p) => p === '/auth/v1/user').length).toBe(before + 1);
	});

	test(`the session cookies are httpOnly, SameSite=Lax, path / ${FAKE}`, async () => {
		const jar = await signedIn();
		const names = [...jar.values.keys()];
		expect(names.length).toBeGreaterThan(0);
		for (const name of names)
			expect(jar.options.get(name)).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/' });
	});

	test(`no cookie is no user ${FAKE}`, async () => {
		expect(await readAs(new CookieJar())).toBeNull();
		expect(await writeAs(new CookieJar())).toBeNull();
	});

	test(`an expired token is refused, even when the cookie says it is not ${FAKE}`, async () => {
		const jar = withToken(await signedIn(), auth.issue(userId, -60));
		expect(await readAs(jar)).toBeNull();
		expect(await writeAs(jar)).toBeNull();
	});

	test(`a token signed with another key (same key id) is refused ${FAKE}`, async () => {
		const jar = await signedIn();
		const claims = jwtPayload(jar.session().access_token as string);
		const forged = signJwt(claims, newKeyPair().privateKey, auth.header);
		expect(await readAs(withToken(jar, forged))).toBeNull();
		expect(await writeAs(withToken(jar, forged))).toBeNull();
	});

	test(`a token signed with an unknown key id is refused ${FAKE}`, async () => {
		const jar = await signedIn();
		const claims = jwtPayload(jar.session().access_token as string);
		const forged = signJwt(claims, newKeyPair().privateKey, {
			alg: 'ES256',
			typ: 'JWT',
			kid: 'attacker'
		});
		expect(await readAs(withToken(jar, forged))).toBeNull();
	});

	test(`an unsigned token (alg: none) is refused ${FAKE}`, async () => {
		const jar = await signedIn();
		const claims = jwtPayload(jar.session().access_token as string);
		for (const header of [
			{ alg: 'none', typ: 'JWT', kid: auth.kid },
			{ alg: 'none', typ: 'JWT' }
		]) {
			const unsigned = signJwt(claims, null, header);
			expect(await readAs(withToken(jar, unsigned))).toBeNull();
			expect(await writeAs(withToken(jar, unsigned))).toBeNull();
		}
	});

	test(`a valid token with its sub edited is refused ${FAKE}`, async () => {
		const other = auth.addUser('somsri@example.go.th', 'another secret');
		const jar = await signedIn();
		const token = jar.session().access_token as string;
		const [header, , signature] = token.split('.');
		const payload = Buffer.from(
			JSON.stringify({ ...jwtPayload(token), sub: other }),
			'utf8'
		).toString('base64url');
		const edited = withToken(jar, `${header}.${payload}.${signature}`);
		expect(await readAs(edited)).toBeNull();
		expect(await writeAs(edited)).toBeNull();
	});

	test(`a token whose role is not authenticated is no user ${FAKE}`, async () => {
		const jar = await signedIn();
		const claims = { ...jwtPayload(jar.session().access_token as string), role: 'service_role' };
		expect(
			await readAs(withToken(jar, signJwt(claims, auth.keys.privateKey, auth.header)))
		).toBeNull();
	});
});

describe('W07: sign-out', () => {
	test(`after sign-out the old cookie replayed on a write is refused ${FAKE}`, async () => {
		const jar = await signedIn();
		const stolen = jar.copy();
		expect((await writeAs(stolen))?.claims.sub).toBe(userId);
		await signOut(client(jar));
		// The browser's cookies are cleared …
		expect(() => jar.session()).toThrow();
		expect(await readAs(jar)).toBeNull();
		// … and a copy kept from before is worthless for any write: the server ended the session.
		expect(await writeAs(stolen)).toBeNull();
	});
});

describe('e-mail links land on /auth/confirm', () => {
	const link = (hash: string, type: string) =>
		new URL(`http://app.example/auth/confirm?token_hash=${hash}&type=${type}`);

	test(`a link's one-time token hash signs the person in, once ${FAKE}`, async () => {
		const hash = auth.emailLink(userId);
		const jar = new CookieJar();
		expect(await confirmLink(client(jar), link(hash, 'recovery'))).toBe('recovery');
		expect((await writeAs(jar))?.claims.sub).toBe(userId);
		// Used: the same link again signs nobody in.
		const again = new CookieJar();
		expect(await confirmLink(client(again), link(hash, 'recovery'))).toBeNull();
		expect(await readAs(again)).toBeNull();
	});

	test(`a link of an unknown type or without a token is refused ${FAKE}`, async () => {
		const jar = new CookieJar();
		expect(await confirmLink(client(jar), link(auth.emailLink(userId), 'sms'))).toBeNull();
		expect(await confirmLink(client(jar), new URL('http://app.example/auth/confirm'))).toBeNull();
		expect(jar.values.size).toBe(0);
	});
});

describe('the switch of Supabase Auth mode', () => {
	const all = {
		PUBLIC_SUPABASE_URL: 'https://abc.supabase.co/',
		PUBLIC_SUPABASE_ANON_KEY: 'anon',
		DATABASE_URL: 'postgres://x'
	};

	test('on only with the project URL, the anon key and a database URL', () => {
		expect(supabaseSettings(all)).toEqual({ url: 'https://abc.supabase.co', anonKey: 'anon' });
		for (const name of Object.keys(all))
			expect(supabaseSettings({ ...all, [name]: ' ' }), name).toBeNull();
		expect(supabaseSettings({})).toBeNull();
	});
});
