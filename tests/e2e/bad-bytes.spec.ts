import { expect, test } from '@playwright/test';
import { parse } from 'devalue';
import { randomUUID } from 'node:crypto';
import { DEMO, get, origin, sessionCookie } from './helpers';

/**
 * Issue 7, item 5: bad bytes are a 400, never a 500. Every form action of the demo server gets NUL,
 * a lone surrogate (its UTF-8 form, which is not valid UTF-8), other invalid UTF-8, 100,000
 * characters and unknown ids, one field at a time, as each role and anonymously; every query-driven
 * page gets the same in its parameters. No answer is a 500, nothing is written (the change log is
 * unchanged), and where the role reaches the form the refusal names the field.
 */
type Role = 'anon' | 'coordinator' | 'stat' | 'executive' | 'viewer';
const ROLES: Role[] = ['anon', 'coordinator', 'stat', 'executive', 'viewer'];

/** Already percent-encoded for an application/x-www-form-urlencoded body. */
const BYTES = {
	nul: 'a%00b',
	loneSurrogate: 'a%ED%A0%80b',
	invalidUtf8: 'a%FF%FEb'
};
const LONG = 'a'.repeat(100_000);
const id = () => randomUUID();

interface Action {
	path: string;
	/** Roles that get past the role check and reach the form's validation. */
	reach: Role[];
	/** Plausible values; the fields named in `ids` get ids that exist nowhere. */
	base: () => Record<string, string>;
	ids?: string[];
	/** Its refusals are a list of row problems (the import), not field messages. */
	rowProblems?: true;
}

const CONTRIBUTORS: Role[] = ['coordinator', 'stat', 'executive', 'viewer'];
const ITEM = '/cycle/2565/items/o28';

const ACTIONS: Action[] = [
	{
		path: '/login',
		reach: ROLES,
		base: () => ({ email: 'nobody@demo.example', password: 'x', redirectTo: '/' })
	},
	{
		path: '/setup?/create',
		reach: ROLES,
		base: () => ({
			name: 'หน่วยงานทดสอบ',
			org_type: 'sao',
			province: 'พะเยา',
			domain: 'x.go.th',
			full_name: 'ทดสอบ',
			email: 'x@x.go.th',
			password: 'password-1',
			password_confirm: 'password-2'
		})
	},
	{
		path: '/settings/organisation',
		reach: ['coordinator'],
		base: () => ({
			version: '999',
			name: 'ชื่อ',
			org_type: 'pao',
			province: 'พะเยา',
			domains: 'pyo.go.th'
		})
	},
	{
		path: '/settings/divisions?/add',
		reach: ['coordinator'],
		base: () => ({ name: 'กองทดสอบ', parent_id: id(), aliases: 'ก, ข' }),
		ids: ['parent_id']
	},
	{
		path: '/settings/divisions?/update',
		reach: ['coordinator'],
		base: () => ({ id: id(), version: '1', name: 'กองทดสอบ', parent_id: '', aliases: '' }),
		ids: ['id']
	},
	{
		path: '/settings/divisions?/archive',
		reach: ['coordinator'],
		base: () => ({ id: id(), version: '1' }),
		ids: ['id']
	},
	{
		path: '/settings/members?/create',
		reach: ['coordinator'],
		base: () => ({
			full_name: 'คนใหม่',
			email: `new-${Date.now()}@demo.example`,
			password: 'password-1',
			role: 'contributor',
			division_ids: id()
		}),
		ids: ['division_ids']
	},
	{
		path: '/settings/members?/update',
		reach: ['coordinator'],
		base: () => ({ id: id(), version: '1', role: 'contributor', division_ids: id() }),
		ids: ['id', 'division_ids']
	},
	{
		path: '/settings/members?/remove',
		reach: ['coordinator'],
		base: () => ({ id: id() }),
		ids: ['id']
	},
	{
		path: '/settings/api-tokens?/create',
		reach: ['coordinator'],
		base: () => ({ name: 'x'.repeat(101) })
	},
	{
		path: '/settings/api-tokens?/revoke',
		reach: ['coordinator'],
		base: () => ({ id: id() }),
		ids: ['id']
	},
	{
		path: `${ITEM}?/addEvidence`,
		reach: CONTRIBUTORS,
		base: () => ({
			part_id: id(),
			client_key: id(),
			kind: 'url',
			url: 'https://www.pyo.go.th/x',
			title: 'ชื่อ',
			note: 'หมายเหตุ',
			period_month: '',
			covers_from: '',
			covers_to: '',
			elements: '0'
		}),
		ids: ['part_id']
	},
	{
		path: `${ITEM}?/editEvidence`,
		reach: CONTRIBUTORS,
		base: () => ({
			part_id: id(),
			id: id(),
			version: '1',
			kind: 'url',
			url: 'https://www.pyo.go.th/x',
			title: 'ชื่อ',
			note: ''
		}),
		ids: ['part_id', 'id']
	},
	{
		path: `${ITEM}?/removeEvidence`,
		reach: CONTRIBUTORS,
		base: () => ({ part_id: id(), id: id(), version: '1' }),
		ids: ['part_id', 'id']
	},
	{
		path: `${ITEM}?/move`,
		reach: CONTRIBUTORS,
		base: () => ({ part_id: id(), version: '1', action: 'submit', comment: '' }),
		ids: ['part_id']
	},
	{
		path: `${ITEM}?/comment`,
		reach: CONTRIBUTORS,
		base: () => ({ part_id: id(), body: 'ความเห็น' }),
		ids: ['part_id']
	},
	{
		path: '/cycle/2565/dashboard?/signoff',
		reach: ['executive'],
		base: () => ({ note: 'x'.repeat(2001) })
	},
	{
		path: '/cycle/2565/dashboard?/settings',
		reach: ['coordinator'],
		base: () => ({
			version: '999',
			target: '85',
			iit: '',
			eit: '',
			oit_opens: '2022-03-01',
			oit_closes: '2022-04-30',
			internal_deadline: '2022-02-15'
		})
	},
	{
		path: '/cycle/2565/matrix?/assign',
		reach: ['coordinator'],
		base: () => ({
			code: 'o1',
			version: '999',
			owner_mode: 'divisions',
			lead: id(),
			support: id(),
			due_date: ''
		}),
		ids: ['lead', 'support']
	},
	{
		path: '/cycle/2565/matrix?/bulk',
		reach: ['coordinator'],
		base: () => ({ codes: 'o1', division: id(), due_date: '' }),
		ids: ['division']
	},
	{
		path: '/cycle/2565/matrix?/due',
		reach: ['coordinator'],
		base: () => ({ code: 'o1', assignment_id: id(), version: '1', due_date: '2022-03-01' }),
		ids: ['assignment_id']
	},
	{
		path: '/cycle/2565/matrix?/apply',
		reach: ['coordinator'],
		rowProblems: true,
		base: () => ({
			payload: JSON.stringify([{ row: 1, code: 'o1\u0000', owners: 'กองคลัง\u0000', due: '' }])
		})
	}
];

/** The body with one field replaced by an already-encoded value. */
function body(fields: Record<string, string>, field: string, encoded: string): string {
	return Object.entries(fields)
		.map(([k, v]) => `${encodeURIComponent(k)}=${k === field ? encoded : encodeURIComponent(v)}`)
		.join('&');
}

/** An enhanced form submission (what `use:enhance` sends): the action's result as JSON. */
async function submit(path: string, data: string, cookie?: string) {
	const res = await fetch(origin('demo') + path, {
		method: 'POST',
		body: data,
		redirect: 'manual',
		headers: {
			accept: 'application/json',
			'content-type': 'application/x-www-form-urlencoded',
			'x-sveltekit-action': 'true',
			origin: origin('demo'),
			...(cookie ? { cookie } : {})
		}
	});
	const text = await res.text();
	let result: { type?: string; status?: number; data?: unknown } = {};
	try {
		result = JSON.parse(text);
	} catch {
		// An HTML or plain-text answer (e.g. the CSRF or role refusal).
	}
	const data_ = typeof result.data === 'string' ? parse(result.data) : result.data;
	const status = result.type === 'failure' ? (result.status ?? 0) : res.status;
	return { status, type: result.type, data: data_ as Record<string, unknown> | undefined, text };
}

/** The field's error in an action result (forms keep them under `errors`; login under `error`). */
function fieldError(data: Record<string, unknown> | undefined, field: string): string {
	const errors = (data?.errors ?? {}) as Record<string, string>;
	return String(errors[field] ?? data?.error ?? '');
}

async function changeLog(cookie: string): Promise<string> {
	const res = await get('demo', '/history/export.csv', cookie);
	expect(res.status).toBe(200);
	return res.text();
}

test.describe('bad bytes are a 400, never a 500', () => {
	test.setTimeout(240_000);

	test('every form action, every role, every field', async () => {
		const cookies: Record<Role, string | undefined> = {
			anon: undefined,
			coordinator: await sessionCookie('demo', DEMO.coordinator),
			stat: await sessionCookie('demo', DEMO.stat),
			executive: await sessionCookie('demo', DEMO.executive),
			viewer: await sessionCookie('demo', DEMO.viewer)
		};
		const before = await changeLog(cookies.coordinator!);
		const problems: string[] = [];
		const expectThat = (ok: boolean, what: string) => {
			if (!ok) problems.push(what);
		};

		for (const action of ACTIONS) {
			for (const role of ROLES) {
				const reaches = action.reach.includes(role);
				const fields = Object.keys(action.base());
				// A role refused before validation is refused the same whatever the field: one is enough.
				for (const field of reaches ? fields : fields.slice(0, 1)) {
					const kinds: [string, string][] = [
						...Object.entries(BYTES),
						['long', LONG],
						...(action.ids?.includes(field) ? [['unknownId', id()] as [string, string]] : [])
					];
					for (const [kind, encoded] of kinds) {
						const what = `${role} ${action.path} ${field}=${kind}`;
						const r = await submit(action.path, body(action.base(), field, encoded), cookies[role]);
						expectThat(r.status < 500, `${what}: ${r.status} ${r.text.slice(0, 200)}`);
						if (!reaches || kind === 'unknownId') continue;
						expectThat(r.status === 400, `${what}: expected 400, got ${r.status}`);
						if (action.rowProblems) continue;
						const message = fieldError(r.data, field);
						if (kind in BYTES) {
							expectThat(
								/อักขระที่บันทึกไม่ได้/.test(message) && /“[^”]+”/.test(message),
								`${what}: no message naming the field (${message})`
							);
						} else {
							expectThat(message !== '', `${what}: no message for the field`);
						}
					}
				}
			}
		}
		// NUL escaped inside JSON gets past the form encoding: the import refuses it too.
		for (const action of ACTIONS.filter((a) => a.rowProblems)) {
			const r = await submit(action.path, body(action.base(), '', ''), cookies.coordinator);
			expectThat(r.status === 400, `${action.path} as sent: ${r.status}`);
		}
		expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
		expect(await changeLog(cookies.coordinator!), 'something was written').toBe(before);
	});

	test('query-driven pages: a parameter with bad bytes is a 400 that names it', async () => {
		const cookie = await sessionCookie('demo', DEMO.coordinator);
		const pages = [
			['/history', ['table', 'actor', 'from', 'to', 'before']],
			['/history/export.csv', ['actor', 'table']],
			['/cycle/2565/matrix', ['sub', 'division', 'status', 'overdue', 'assign']],
			['/login', ['redirectTo', 'created']],
			['/cycle/2565/dashboard', ['x']]
		] as const;
		for (const [path, params] of pages) {
			for (const param of params) {
				for (const [kind, encoded] of Object.entries(BYTES)) {
					const res = await get('demo', `${path}?${param}=${encoded}`, cookie);
					expect(res.status, `${path} ${param}=${kind}`).toBe(400);
					expect(await res.text(), `${path} ${param}=${kind}`).toContain(`“${param}”`);
				}
				const unknown = await get('demo', `${path}?${param}=${id()}`, cookie);
				expect(unknown.status, `${path} ${param}=unknown id`).toBeLessThan(500);
				const long = await get('demo', `${path}?${param}=${'a'.repeat(10_000)}`, cookie);
				expect(long.status, `${path} ${param}=long`).toBeLessThan(500);
			}
		}
		// The probe, also anonymously.
		const probe = await get('demo', '/history?actor=a%00b', cookie);
		expect(probe.status).toBe(400);
		expect((await get('demo', '/login?redirectTo=a%00b')).status).toBe(400);
	});
});
