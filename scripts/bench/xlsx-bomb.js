// An XLSX of one sheet with a million short rows: about 180 KB on the wire, about 60 MB once
// inflated. Written by hand (stored sizes and CRCs are honest) so it builds in a second.
import { crc32, deflateRawSync } from 'node:zlib';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="OIT" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

function sheet(rows) {
	const parts = [
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
	];
	// The same row a million times: identical rows compress about 350 to 1.
	parts.push('<row r="2"><c r="A2" t="inlineStr"><is><t>o1</t></is></c></row>'.repeat(rows));
	parts.push('</sheetData></worksheet>');
	return Buffer.from(parts.join(''));
}

/** A zip of `files` (name → bytes), deflated, with honest sizes and CRCs. */
export function zip(files) {
	const locals = [];
	const central = [];
	let offset = 0;
	for (const [name, data] of Object.entries(files)) {
		const body = deflateRawSync(data, { level: 9 });
		const path = Buffer.from(name);
		const head = Buffer.alloc(30);
		head.writeUInt32LE(0x04034b50, 0);
		head.writeUInt16LE(20, 4);
		head.writeUInt16LE(8, 8);
		head.writeUInt32LE(crc32(data), 14);
		head.writeUInt32LE(body.length, 18);
		head.writeUInt32LE(data.length, 22);
		head.writeUInt16LE(path.length, 26);
		const dir = Buffer.alloc(46);
		dir.writeUInt32LE(0x02014b50, 0);
		dir.writeUInt16LE(20, 4);
		dir.writeUInt16LE(20, 6);
		dir.writeUInt16LE(8, 10);
		dir.writeUInt32LE(crc32(data), 16);
		dir.writeUInt32LE(body.length, 20);
		dir.writeUInt32LE(data.length, 24);
		dir.writeUInt16LE(path.length, 28);
		dir.writeUInt32LE(offset, 42);
		locals.push(head, path, body);
		central.push(dir, path);
		offset += 30 + path.length + body.length;
	}
	const cd = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(central.length / 2, 8);
	end.writeUInt16LE(central.length / 2, 10);
	end.writeUInt32LE(cd.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, cd, end]);
}

/** The bomb: `{ bytes, inflated }`. */
export function xlsxBomb(rows = 1_000_000) {
	const files = {
		'[Content_Types].xml': Buffer.from(CONTENT_TYPES),
		'_rels/.rels': Buffer.from(RELS),
		'xl/workbook.xml': Buffer.from(WORKBOOK),
		'xl/_rels/workbook.xml.rels': Buffer.from(WORKBOOK_RELS),
		'xl/worksheets/sheet1.xml': sheet(rows)
	};
	const inflated = Object.values(files).reduce((n, b) => n + b.length, 0);
	return { bytes: zip(files), inflated };
}
