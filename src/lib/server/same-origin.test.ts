import { describe, expect, it } from 'vitest';
import { isFormPost, sameOrigin } from './same-origin';

describe('sameOrigin', () => {
	const lan = new URL('http://192.168.1.20:3000/login');
	it.each([
		['the address the request was sent to', 'http://192.168.1.20:3000', true],
		['another address of the same PC', 'http://127.0.0.1:3000', false],
		['another port', 'http://192.168.1.20:3001', false],
		['another site', 'https://evil.example', false],
		['no Origin at all', null, false],
		['an Origin that is no URL', 'null', false]
	])('without ORIGIN: %s', (_, origin, expected) => {
		expect(sameOrigin(origin, lan, undefined)).toBe(expected);
	});

	it('with ORIGIN, only that exact origin', () => {
		const url = new URL('https://ita.example.go.th/login');
		expect(sameOrigin('https://ita.example.go.th', url, 'https://ita.example.go.th')).toBe(true);
		expect(sameOrigin('http://ita.example.go.th', url, 'https://ita.example.go.th')).toBe(false);
		expect(sameOrigin('http://10.0.0.5:3000', url, 'https://ita.example.go.th')).toBe(false);
	});
});

describe('isFormPost', () => {
	const req = (method: string, type: string) =>
		new Request('http://x/', { method, headers: { 'content-type': type }, body: 'a=1' });
	it('covers what a plain HTML form can send, and nothing else', () => {
		expect(isFormPost(req('POST', 'application/x-www-form-urlencoded'))).toBe(true);
		expect(isFormPost(req('POST', 'multipart/form-data; boundary=x'))).toBe(true);
		expect(isFormPost(req('DELETE', 'text/plain;charset=UTF-8'))).toBe(true);
		expect(isFormPost(req('POST', 'application/json'))).toBe(false);
		expect(isFormPost(new Request('http://x/'))).toBe(false);
	});
});
