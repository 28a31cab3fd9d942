import { describe, expect, it } from 'vitest';
import {
	decodeHtml,
	isLoginUrl,
	looksLikeLogin,
	parseContentType,
	readHtml,
	readPdf
} from './page';
import { tinyPdf } from './test-pdf';

describe('readHtml', () => {
	it('takes the trimmed, decoded title and only visible text', () => {
		const html = `<html><head><title>
			แผนปฏิบัติการ &amp; งบประมาณ &#3652;&#x0E1B; </title><style>.x{}</style></head>
			<body><script>var y = 2566;</script><!-- 2565 --><h1>ปีงบประมาณ&nbsp;2567</h1><p>a<b>b</b></p></body></html>`;
		const { title, text } = readHtml(html);
		expect(title).toBe('แผนปฏิบัติการ & งบประมาณ ไป');
		expect(text).toBe('ปีงบประมาณ 2567 a b');
	});

	it('cuts the title at 300 characters and leaves it out when empty', () => {
		expect(readHtml(`<title>${'ก'.repeat(400)}</title>`).title).toHaveLength(300);
		expect(readHtml('<title>  </title>').title).toBeUndefined();
		expect(readHtml('<p>x</p>').title).toBeUndefined();
	});
});

describe('decodeHtml', () => {
	const thai874 = Uint8Array.from([0x3c, 0x70, 0x3e, 0xbb, 0xd5, 0x3c, 0x2f, 0x70, 0x3e]); // <p>ปี</p>
	it('reads the charset from the header, then from <meta>, else UTF-8', () => {
		expect(decodeHtml(thai874, 'windows-874')).toBe('<p>ปี</p>');
		const meta = Buffer.concat([Buffer.from('<meta charset="tis-620">'), thai874]);
		expect(decodeHtml(meta)).toContain('ปี');
		expect(decodeHtml(Buffer.from('<p>ปี</p>'), 'no-such-charset')).toBe('<p>ปี</p>');
	});

	it('parses Content-Type', () => {
		expect(parseContentType('Text/HTML; Charset="TIS-620"')).toEqual({
			mime: 'text/html',
			charset: 'tis-620'
		});
		expect(parseContentType(undefined)).toEqual({ mime: '' });
	});
});

describe('sign-in pages', () => {
	it('a sign-in title with a password box is a login wall; a sidebar login box is not', () => {
		const form = '<form><input type="password" name="p"></form>';
		expect(looksLikeLogin(form, 'เข้าสู่ระบบ')).toBe(true);
		expect(looksLikeLogin(form, 'Sign in - Google Accounts')).toBe(true);
		expect(looksLikeLogin(form, 'อบต.ตัวอย่าง หน้าแรก')).toBe(false);
	});

	it.each([
		['https://agency.gov/login', true],
		['https://agency.gov/user/login?next=/x', true],
		['https://agency.gov/wp-login.php', true],
		['https://accounts.google.com/ServiceLogin', true],
		['https://agency.gov/blogin-news', false],
		['https://agency.gov/author/x', false]
	])('%s is a sign-in address: %s', (url, login) => {
		expect(isLoginUrl(new URL(url))).toBe(login);
	});
});

describe('readPdf', () => {
	it('reads a PDF text layer', async () => {
		expect(await readPdf(tinyPdf('Budget plan 2567'))).toEqual({
			pdf: 'text',
			text: 'Budget plan 2567'
		});
	});

	it('a PDF without text is no_text_layer; bytes that do not parse are not_read', async () => {
		expect(await readPdf(tinyPdf(null))).toEqual({ pdf: 'no_text_layer' });
		expect(await readPdf(Buffer.from('%PDF-1.4 broken'))).toEqual({ pdf: 'not_read' });
	});
});
