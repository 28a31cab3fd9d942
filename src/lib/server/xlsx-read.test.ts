import { describe, expect, it } from 'vitest';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { readXlsx } from './xlsx-read';

const LIMITS = { maxRows: 100, maxColumns: 5, maxInflated: 1024 * 1024 };
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const WORKBOOK = `<workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const RELS = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
const sheet = (rows: string) => `<worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;

/** A zip of the parts in the given order; `declare` overrides the sizes it states. */
function zip(parts: [string, string][], declare?: number): Buffer {
	const local: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const [name, text] of parts) {
		const data = Buffer.from(text);
		const body = deflateRawSync(data);
		const path = Buffer.from(name);
		const head = Buffer.alloc(30);
		head.writeUInt32LE(0x04034b50, 0);
		head.writeUInt16LE(8, 8);
		head.writeUInt32LE(crc32(data), 14);
		head.writeUInt32LE(body.length, 18);
		head.writeUInt32LE(declare ?? data.length, 22);
		head.writeUInt16LE(path.length, 26);
		const dir = Buffer.alloc(46);
		dir.writeUInt32LE(0x02014b50, 0);
		dir.writeUInt16LE(8, 10);
		dir.writeUInt32LE(crc32(data), 16);
		dir.writeUInt32LE(body.length, 20);
		dir.writeUInt32LE(declare ?? data.length, 24);
		dir.writeUInt16LE(path.length, 28);
		dir.writeUInt32LE(offset, 42);
		local.push(head, path, body);
		central.push(dir, path);
		offset += 30 + path.length + body.length;
	}
	const cd = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(parts.length, 8);
	end.writeUInt16LE(parts.length, 10);
	end.writeUInt32LE(cd.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...local, cd, end]);
}

const workbook = (rows: string, declare?: number) =>
	zip(
		[
			['xl/workbook.xml', WORKBOOK],
			['xl/_rels/workbook.xml.rels', RELS],
			['xl/worksheets/sheet1.xml', sheet(rows)]
		],
		declare
	);

const rowsOf = (n: number, r = (i: number) => i) =>
	Array.from(
		{ length: n },
		(_, i) => `<row r="${r(i + 1)}"><c r="A${r(i + 1)}"><v>${i}</v></c></row>`
	).join('');

describe('readXlsx', () => {
	it('reads a sheet written as Excel orders it (sheet before shared strings)', async () => {
		const buf = zip([
			['xl/workbook.xml', WORKBOOK],
			['xl/_rels/workbook.xml.rels', RELS],
			[
				'xl/worksheets/sheet1.xml',
				sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="G1"><v>7</v></c></row>')
			],
			['xl/sharedStrings.xml', `<sst ${NS}><si><t>ข้อ</t></si></sst>`]
		]);
		expect(await readXlsx(buf, LIMITS)).toEqual({
			ok: true,
			table: [['ข้อ', null, null, null, null]]
		});
	});

	it('reads dates from the date formats of its styles', async () => {
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('A');
		ws.addRow(['o1', new Date(Date.UTC(2022, 1, 15))]);
		ws.getCell('B1').numFmt = 'd mmm yyyy';
		const read = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()), LIMITS);
		expect(read.ok && read.table[0].slice(0, 2)).toEqual(['o1', new Date(Date.UTC(2022, 1, 15))]);
	});

	it('refuses a workbook whose declared sizes pass the cap, before inflating anything', async () => {
		const bomb = zip([['xl/worksheets/sheet1.xml', ' '.repeat(2 * 1024 * 1024)]]);
		expect(await readXlsx(bomb, LIMITS)).toEqual({ ok: false, reason: 'too_much_data' });
	});

	it('stops inflating at the cap when the declared sizes lie', async () => {
		const liar = workbook(rowsOf(10) + ' '.repeat(2 * 1024 * 1024), 100);
		expect(await readXlsx(liar, LIMITS)).toEqual({ ok: false, reason: 'too_much_data' });
	});

	it('stops at the first row past the cap, by number or by count', async () => {
		expect(await readXlsx(workbook(rowsOf(101)), LIMITS)).toEqual({
			ok: false,
			reason: 'too_many_rows'
		});
		// The same row number over and over (a bomb's trick) still counts.
		expect(await readXlsx(workbook(rowsOf(101, () => 2)), LIMITS)).toEqual({
			ok: false,
			reason: 'too_many_rows'
		});
		const ok = await readXlsx(workbook(rowsOf(100)), LIMITS);
		expect(ok.ok && ok.table.length).toBe(100);
	});

	it('refuses what is not a workbook', async () => {
		expect(await readXlsx(Buffer.from('PK not a zip'), LIMITS)).toEqual({
			ok: false,
			reason: 'unreadable'
		});
		expect(await readXlsx(zip([['xl/workbook.xml', WORKBOOK]]), LIMITS)).toEqual({
			ok: false,
			reason: 'unreadable'
		});
		expect(await readXlsx(workbook(''), LIMITS)).toEqual({ ok: false, reason: 'empty' });
	});
});
