/**
 * A stand-in for the hosted Supabase Auth server (GoTrue), and the only thing faked in the Supabase
 * Auth mode tests: supabase-js, @supabase/ssr and the app's adapter are the real ones. It serves
 * what they call: the project's public signing keys (JWKS, ES256), password sign-in, the user of
 * a token (200 only for a token it issued, unexpired, of a session not signed out) and sign-out.
 * Tokens are JWTs signed with a test key made for each server.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';

export interface KeyPair {
	privateKey: KeyObject;
	publicKey: KeyObject;
}

export const newKeyPair = (): KeyPair => generateKeyPairSync('ec', { namedCurve: 'P-256' });

const b64 = (value: object | Buffer) =>
	(Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

/** A JWT signed with `key` (ES256) whatever `header` says (e.g. `alg: 'none'` with no key). */
export function signJwt(payload: object, key: KeyObject | null, header: object): string {
	const input = `${b64(header)}.${b64(payload)}`;
	if (!key) return `${input}.`;
	return `${input}.${b64(sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }))}`;
}

/** The claims of a JWT, unverified (for tests that edit a token). */
export const jwtPayload = (token: string) =>
	JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

/** The service-role key the fake's admin endpoints accept. */
export const SERVICE_KEY = 'service-role-test-key';

interface Account {
	id: string;
	email: string;
	password: string;
}

export class FakeSupabaseAuth {
	readonly keys = newKeyPair();
	/** supabase-js caches a project's keys by host: each fake server's key id is its own. */
	readonly kid = `test-es256-${randomUUID().slice(0, 8)}`;
	readonly header = { alg: 'ES256', typ: 'JWT', kid: this.kid };
	/** Requests by path, so a test can tell a local check from a round trip. */
	readonly calls: string[] = [];
	private readonly accounts = new Map<string, Account>();
	private readonly issued = new Map<string, { userId: string; sessionId: string; exp: number }>();
	private readonly signedOut = new Set<string>();
	/** One-time token hashes of e-mail links not yet used. */
	private readonly links = new Map<string, string>();
	private server: Server | null = null;
	/** Called with each account the server makes (the real one writes auth.users itself). */
	onNewUser: (user: { id: string; email: string }) => Promise<void> = async () => {};
	/** E-mails the server was asked to send, by address. */
	readonly sent: { to: string; kind: string; redirectTo?: string }[] = [];
	url = '';

	addUser(email: string, password: string, id: string = randomUUID()): string {
		this.accounts.set(email, { id, email, password });
		return id;
	}

	/** A token as the real server would issue it; `expiresIn` may be negative. */
	issue(userId: string, expiresIn = 3600, sessionId: string = randomUUID()): string {
		const account = [...this.accounts.values()].find((a) => a.id === userId);
		const exp = Math.floor(Date.now() / 1000) + expiresIn;
		const token = signJwt(
			{
				aud: 'authenticated',
				exp,
				iat: exp - 3600,
				iss: `${this.url}/auth/v1`,
				sub: userId,
				email: account?.email,
				role: 'authenticated',
				session_id: sessionId
			},
			this.keys.privateKey,
			this.header
		);
		this.issued.set(token, { userId, sessionId, exp });
		return token;
	}

	/** The token hash an e-mail link (invitation, reset, sign-in link) would carry. */
	emailLink(userId: string): string {
		const hash = randomUUID().replaceAll('-', '');
		this.links.set(hash, userId);
		return hash;
	}

	private session(userId: string) {
		const token = this.issue(userId);
		return {
			access_token: token,
			token_type: 'bearer',
			expires_in: 3600,
			expires_at: this.issued.get(token)!.exp,
			refresh_token: randomUUID(),
			user: this.userOf(userId)
		};
	}

	async start(): Promise<this> {
		this.server = createServer((req, res) => {
			void this.handle(req).then(
				({ status, body }) => {
					res.writeHead(status, { 'content-type': 'application/json' });
					res.end(body === null ? '' : JSON.stringify(body));
				},
				(e) => {
					res.writeHead(500);
					res.end(String(e));
				}
			);
		});
		await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
		const address = this.server.address();
		if (!address || typeof address === 'string') throw new Error('no port');
		this.url = `http://127.0.0.1:${address.port}`;
		return this;
	}

	stop(): Promise<void> {
		return new Promise((done) => (this.server ? this.server.close(() => done()) : done()));
	}

	private userOf(id: string) {
		const account = [...this.accounts.values()].find((a) => a.id === id);
		return {
			id,
			aud: 'authenticated',
			role: 'authenticated',
			email: account?.email,
			app_metadata: { provider: 'email' },
			user_metadata: {},
			created_at: new Date(0).toISOString()
		};
	}

	/** The token's record when the server would still honour it. */
	private live(token: string) {
		const record = this.issued.get(token);
		if (!record || this.signedOut.has(record.sessionId)) return null;
		return record.exp > Date.now() / 1000 ? record : null;
	}

	private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
		const url = new URL(req.url ?? '/', 'http://fake');
		this.calls.push(url.pathname);
		const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
		const refused = (status: number, code: string) => ({
			status,
			body: { code: status, error_code: code, msg: code }
		});
		switch (`${req.method} ${url.pathname}`) {
			case 'GET /auth/v1/.well-known/jwks.json': {
				const jwk = this.keys.publicKey.export({ format: 'jwk' });
				return {
					status: 200,
					body: { keys: [{ ...jwk, kid: this.kid, alg: 'ES256', use: 'sig' }] }
				};
			}
			case 'POST /auth/v1/token': {
				const body = JSON.parse(await text(req)) as { email?: string; password?: string };
				if (url.searchParams.get('grant_type') !== 'password')
					return refused(400, 'refresh_token_not_found');
				const account = this.accounts.get(body.email ?? '');
				if (!account || account.password !== body.password)
					return refused(400, 'invalid_credentials');
				return { status: 200, body: this.session(account.id) };
			}
			case 'POST /auth/v1/invite': {
				if (bearer !== SERVICE_KEY) return refused(401, 'not_admin');
				const body = JSON.parse(await text(req)) as { email: string };
				if (this.accounts.has(body.email)) return refused(422, 'email_exists');
				const id = this.addUser(body.email, randomUUID());
				await this.onNewUser({ id, email: body.email });
				this.sent.push({
					to: body.email,
					kind: 'invite',
					redirectTo: url.searchParams.get('redirect_to') ?? undefined
				});
				return { status: 200, body: this.userOf(id) };
			}
			case 'POST /auth/v1/verify': {
				const body = JSON.parse(await text(req)) as { token_hash?: string };
				const userId = this.links.get(body.token_hash ?? '');
				if (!userId) return refused(403, 'otp_expired');
				this.links.delete(body.token_hash!);
				return { status: 200, body: this.session(userId) };
			}
			case 'GET /auth/v1/user': {
				const record = this.live(bearer);
				return record ? { status: 200, body: this.userOf(record.userId) } : refused(401, 'bad_jwt');
			}
			case 'POST /auth/v1/logout': {
				const record = this.issued.get(bearer);
				if (record) this.signedOut.add(record.sessionId);
				return { status: 204, body: null };
			}
			default:
				return refused(404, 'not_found');
		}
	}
}

function text(req: IncomingMessage): Promise<string> {
	return new Promise((done, fail) => {
		let body = '';
		req.on('data', (chunk) => (body += chunk));
		req.on('end', () => done(body));
		req.on('error', fail);
	});
}
