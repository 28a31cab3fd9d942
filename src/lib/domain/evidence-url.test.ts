import { describe, it, expect } from 'vitest';
import { displayUrl, normaliseEvidenceUrl, safeHref } from './evidence-url';

describe('normaliseEvidenceUrl (W09)', () => {
	it.each([
		['javascript:alert(1)', 'scheme'],
		['JaVaScRiPt:alert(1)', 'scheme'],
		[' javascript:alert(1)', 'scheme'],
		['java\tscript:alert(1)', 'scheme'],
		['data:text/html,<script>alert(1)</script>', 'scheme'],
		['vbscript:x', 'scheme'],
		['file:///etc/passwd', 'scheme'],
		['ftp://agency.example/x', 'scheme'],
		['//evil.com', 'not_a_url'],
		['not a url', 'not_a_url'],
		['https://user:pass@agency.example/', 'credentials'],
		['https://agency.example/' + 'a'.repeat(5000), 'too_long'],
		['   ', 'empty']
	])('%j is refused as %s', (raw, problem) => {
		expect(normaliseEvidenceUrl(raw)).toEqual({ problem });
	});

	it('keeps http(s) URLs in normal form', () => {
		expect(normaliseEvidenceUrl(' HTTPS://WWW.Pyo.go.th./ita/o1?x=1 ')).toEqual({
			url: 'https://www.pyo.go.th/ita/o1?x=1'
		});
		expect(normaliseEvidenceUrl('http://pyo.go.th')).toEqual({ url: 'http://pyo.go.th/' });
		expect(normaliseEvidenceUrl('https://pyo.go.th/ข่าว')).toEqual({
			url: 'https://pyo.go.th/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7'
		});
	});
});

describe('safeHref (W10)', () => {
	it('never returns a script URL stored by someone else', () => {
		expect(safeHref('javascript:alert(1)')).toBeNull();
		expect(safeHref(null)).toBeNull();
		expect(safeHref('https://pyo.go.th/a')).toBe('https://pyo.go.th/a');
	});
});

describe('displayUrl (Thai links people recognise)', () => {
	const stored =
		'https://www.phayaopao.go.th/%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%81%E0%B8%B2%E0%B8%A8.pdf';
	it('shows Thai letters decoded and stores them encoded', () => {
		expect(displayUrl(stored)).toBe('https://www.phayaopao.go.th/ประกาศ.pdf');
		const typed = normaliseEvidenceUrl('https://www.phayaopao.go.th/ประกาศ.pdf');
		expect(typed).toEqual({ url: stored });
	});
	it.each([
		['https://a.go.th/%E0%B8', 'a broken sequence'],
		['https://a.go.th/%E2%80%AEfdp.exe', 'a right-to-left override'],
		['https://a.go.th/a%20b', 'a space'],
		['https://a.go.th/x%0Ay', 'a line feed']
	])('shows %s as stored (%s)', (url) => {
		expect(displayUrl(url)).toBe(url);
	});
	it('keeps reserved characters encoded', () => {
		expect(displayUrl('https://a.go.th/a%2Fb?q=%E0%B8%81')).toBe('https://a.go.th/a%2Fb?q=ก');
	});
});
