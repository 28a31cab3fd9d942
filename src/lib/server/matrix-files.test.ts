import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { csvFile, readUpload, xlsxFile } from './matrix-files';
import { readTable, type SheetRow } from '$lib/domain/matrix-sheet';

const rows: SheetRow[] = [
	{
		code: '๐๑',
		name: 'โครงสร้าง',
		elements: '○ ก\n○ ข',
		owners: 'กองคลัง / ฝ่ายนิติการ',
		due: '2022-02-15'
	},
	{ code: '๐๑๗', name: 'E-Service', elements: '○ ค', owners: 'ทุกส่วนราชการ', due: null }
];

/** A zip written by hand, so a test can make one that inflates far beyond its size. */
function zip(entries: { name: string; data: Buffer }[]): Buffer {
	const parts: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const e of entries) {
		const body = deflateRawSync(e.data);
		const name = Buffer.from(e.name);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(8, 8);
		local.writeUInt32LE(body.length, 18);
		local.writeUInt32LE(e.data.length, 22);
		local.writeUInt16LE(name.length, 26);
		const dir = Buffer.alloc(46);
		dir.writeUInt32LE(0x02014b50, 0);
		dir.writeUInt16LE(8, 10);
		dir.writeUInt32LE(body.length, 20);
		dir.writeUInt32LE(e.data.length, 24);
		dir.writeUInt16LE(name.length, 28);
		dir.writeUInt32LE(offset, 42);
		parts.push(local, name, body);
		central.push(dir, name);
		offset += 30 + name.length + body.length;
	}
	const cd = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(cd.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...parts, cd, end]);
}

describe('matrix files', () => {
	it('writes an XLSX that reads back with real date cells', async () => {
		const bytes = await xlsxFile(rows, 'OIT 2565');
		const read = await readUpload('matrix.xlsx', bytes);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.table[1][4]).toBeInstanceOf(Date);
		expect(readTable(read.table).records).toEqual([
			{ row: 2, code: '๐๑', owners: 'กองคลัง / ฝ่ายนิติการ', due: '2022-02-15' },
			{ row: 3, code: '๐๑๗', owners: 'ทุกส่วนราชการ', due: '' }
		]);
	});

	it('reads its own CSV', async () => {
		const read = await readUpload('m.csv', new TextEncoder().encode(csvFile(rows)));
		expect(read.ok && readTable(read.table).records[0].due).toBe('15 ก.พ. 2565');
	});

	it.each([
		['empty.csv', new Uint8Array(), 'empty'],
		['old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), 'file_type'],
		['notes.txt', new Uint8Array([0x61]), 'file_type'],
		['fake.xlsx', new TextEncoder().encode('ข้อ,ส่วนราชการที่รับผิดชอบ'), 'unreadable'],
		['big.csv', new Uint8Array(2 * 1024 * 1024 + 1), 'too_large']
	])('refuses %s: %s', async (name, bytes, reason) => {
		const read = await readUpload(name, bytes);
		expect(read.ok ? null : read.problem.reason).toBe(reason);
	});

	it('refuses a zip bomb, saying how much an import takes', async () => {
		const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(20 * 1024 * 1024) }]);
		expect(bomb.length).toBeLessThan(50 * 1024);
		const read = await readUpload('bomb.xlsx', bomb);
		expect(read.ok ? null : read.problem).toEqual({ row: null, reason: 'too_much_data', other: 8 });
	});
});
