import { describe, expect, it } from 'vitest';
import {
	decodeCsv,
	ownerNames,
	parseCsv,
	parseDue,
	parseItemCode,
	planImport,
	readTable,
	seedCode,
	sheetRows,
	textTable,
	toCsv,
	validateRecords,
	type ImportContext,
	type SheetSource
} from './matrix-sheet';
import { flattenCatalog } from './catalog';
import { matchDivision, ownerModeOf, type NamedDivision } from './owners';
import { itemDueDefaults, defaultCalendar } from './cycle-calendar';
import { fy2565 } from '$lib/catalogs/fy2565';
import { phayaoOwners2565 } from '$lib/catalogs/phayao-fy2565-owners';
import { DEMO_DIVISIONS } from '$lib/server/demo';

/** The demo organisation's divisions (ids d0…d12) and its FY2565 assignment, as the demo loads it. */
const divisions: NamedDivision[] = DEMO_DIVISIONS.flatMap((d) => [
	{ name: d.name, aliases: d.aliases },
	...(d.sections ?? [])
]).map((d, i) => ({ id: `d${i}`, ...d }));
const names = new Map(divisions.map((d) => [d.id, d.name]));
const catalog = flattenCatalog(fy2565);
const items = catalog.map((i) => ({ id: `item-${i.code}`, code: i.code }));
const ctx: ImportContext = { items, divisions };
const cycle = { fiscalYear: 2565, ...defaultCalendar(2565) };

const demoRows: SheetSource[] = catalog.map((item) => {
	const written = phayaoOwners2565[item.code];
	const mode = ownerModeOf(written[0]) ?? 'divisions';
	const ids = mode === 'divisions' ? written.map((w) => matchDivision(w, divisions)!.id) : [];
	return {
		code: item.code,
		name_th: item.name_th,
		elements: item.elements,
		owner_mode: mode,
		due_date: itemDueDefaults(cycle, { periodRule: item.period_rule }).dueDate,
		parts: ids.map((id, i) => ({ division_id: id, is_lead: i === 0 }))
	};
});

const csvOf = (rows: string[][]) => new TextEncoder().encode(toCsv(rows));
const header = ['ข้อ', 'ข้อมูล', 'องค์ประกอบด้านข้อมูล', 'ส่วนราชการที่รับผิดชอบ', 'กำหนดส่ง'];

function importText(text: string) {
	const { records, problems } = readTable(parseCsv(text));
	if (problems.length) return { rows: [], problems };
	return validateRecords(records, ctx);
}

describe('export rows', () => {
	it('writes codes, elements, owners and dates as the seed does', () => {
		const rows = sheetRows(demoRows, names);
		expect(rows).toHaveLength(43);
		expect(rows[0]).toMatchObject({
			code: '๐๑',
			owners: 'กองการเจ้าหน้าที่ / ฝ่ายสถิติข้อมูลและสารสนเทศ',
			due: '2022-02-15'
		});
		expect(rows[0].elements.split('\n').every((l) => l.startsWith('○ '))).toBe(true);
		expect(rows[9].code).toBe('๐๑๐');
		expect(rows[42].code).toBe('๐๔๓');
		expect(rows[12].owners).toBe('ทุกส่วนราชการ');
		expect(rows[16].owners).toBe('ทุกส่วนราชการที่ให้บริการประชาชน');
		expect(textTable(rows)[1][4]).toBe('15 ก.พ. 2565');
	});

	it('puts the lead first even when the parts come in another order', () => {
		const row = { ...demoRows[0], parts: [...demoRows[0].parts].reverse() };
		expect(sheetRows([row], names)[0].owners).toBe('กองการเจ้าหน้าที่ / ฝ่ายสถิติข้อมูลและสารสนเทศ');
	});

	it('writes CSV with a BOM, CRLF and quotes where needed; a formula-like cell stays text', () => {
		const csv = toCsv([
			['a', 'b,c', 'say "hi"', 'two\nlines'],
			['=1+1', '', ' x', 'ไทย']
		]);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv).toBe('\uFEFFa,"b,c","say ""hi""","two\nlines"\r\n\'=1+1,, x,ไทย\r\n');
		expect(parseCsv(csv.slice(1))).toEqual([
			['a', 'b,c', 'say "hi"', 'two\nlines'],
			["'=1+1", '', ' x', 'ไทย']
		]);
	});
});

describe('round trip', () => {
	it('export of the demo → CSV → parse gives the same assignment', () => {
		const csv = toCsv(textTable(sheetRows(demoRows, names)));
		const decoded = decodeCsv(new TextEncoder().encode(csv));
		expect(decoded.ok).toBe(true);
		const { rows, problems } = importText(decoded.ok ? decoded.text : '');
		expect(problems).toEqual([]);
		expect(rows).toHaveLength(43);
		for (const [i, row] of rows.entries()) {
			const src = demoRows[i];
			expect(row.row).toBe(i + 2);
			expect(row.code).toBe(src.code);
			expect(row.itemId).toBe(`item-${src.code}`);
			expect(row.ownerMode).toBe(src.owner_mode);
			expect(row.divisionIds).toEqual(src.parts.map((p) => p.division_id));
			expect(row.dueDate).toBe(src.due_date);
		}
		const current = new Map(
			rows.map((r) => [
				r.itemId,
				{ ownerMode: r.ownerMode, divisionIds: r.divisionIds, dueDate: r.dueDate! }
			])
		);
		const plan = planImport(rows, current, () => '2000-01-01');
		expect(plan.every((p) => p.action === 'same')).toBe(true);
	});

	it('an export with unassigned rows imports back with no problems and no changes', () => {
		const assigned = demoRows.slice(0, 12);
		const unassigned = demoRows
			.slice(12)
			.map((r) => ({ ...r, owner_mode: null, due_date: null, parts: [] }));
		const csv = toCsv(textTable(sheetRows([...assigned, ...unassigned], names)));
		const { rows, problems } = importText(csv);
		expect(problems).toEqual([]);
		expect(rows.map((r) => r.code)).toEqual(assigned.map((r) => r.code));
		const current = new Map(
			assigned.map((r) => [
				`item-${r.code}`,
				{
					ownerMode: r.owner_mode!,
					divisionIds: r.parts.map((p) => p.division_id),
					dueDate: r.due_date!
				}
			])
		);
		const plan = planImport(rows, current, () => '2000-01-01');
		expect(plan.filter((p) => p.action !== 'same')).toEqual([]);
	});

	it('a row naming no owner but a due date is still refused', () => {
		const { problems } = importText(toCsv([header, ['o1', '', '', '', '15 ก.พ. 2565']]));
		expect(problems).toEqual([{ row: 2, reason: 'no_owner' }]);
	});

	it('reads the seed names through aliases, with Thai-digit codes and no due column', () => {
		const table = [
			header.slice(0, 4),
			['๐๑', 'โครงสร้าง', '', 'กองการเจ้าหน้าที่ /ฝ่ายสถิติ ข้อมูลและสารสนเทศ'],
			['๐๓๐', '', '', '- ฝ่ายนิติการ สำนักปลัด - ฝ่ายสถิติ ข้อมูล และสารสนเทศ'],
			['๐๑๗', '', '', 'ทุกส่วนราชการที่ให้บริการประชาชน']
		];
		const { records, problems } = readTable(table);
		expect(problems).toEqual([]);
		const { rows } = validateRecords(records, ctx);
		expect(rows.map((r) => [r.code, r.ownerMode, r.divisionIds, r.dueDate])).toEqual([
			['o1', 'divisions', ['d3', 'd5'], null],
			['o30', 'divisions', ['d1', 'd5'], null],
			['o17', 'all_public', [], null]
		]);
	});
});

describe('bad files and rows', () => {
	it.each([
		['o1', 'o1'],
		['O12', 'o12'],
		['1', 'o1'],
		['01', 'o1'],
		['๐๑', 'o1'],
		['๐๑๐', 'o10'],
		['๔๓', 'o43'],
		['ข้อ 5', 'o5'],
		['o0', null],
		['abc', null],
		['', null]
	])('item code %j → %j', (text, code) => {
		expect(parseItemCode(text)).toBe(code);
	});

	it('reports an unknown division with its row number, and nothing else passes', () => {
		const { rows, problems } = importText(
			toCsv([header, ['๐๑', '', '', 'กองการเจ้าหน้าที่', ''], ['๐๒', '', '', 'กองดาวเทียม', '']])
		);
		expect(problems).toEqual([{ row: 3, reason: 'unknown_division', value: 'กองดาวเทียม' }]);
		expect(rows).toHaveLength(1);
	});

	it('reports a duplicate item with the row it repeats', () => {
		const { problems } = importText(
			toCsv([
				header,
				['1', '', '', 'กองคลัง', ''],
				['', '', '', '', ''],
				['o1', '', '', 'กองคลัง', '']
			])
		);
		expect(problems).toEqual([{ row: 4, reason: 'duplicate_item', value: 'o1', other: 2 }]);
	});

	it('reports unknown codes, missing owners and a pseudo-owner mixed with a division', () => {
		const { problems } = importText(
			toCsv([
				header,
				['o44', '', '', 'กองคลัง', ''],
				['o2', '', '', '', '15 ก.พ. 2565'],
				['o3', '', '', 'ทุกส่วนราชการ / กองคลัง', ''],
				['', '', '', 'กองคลัง', '']
			])
		);
		expect(problems.map((p) => [p.row, p.reason])).toEqual([
			[2, 'unknown_item'],
			[3, 'no_owner'],
			[4, 'mixed_owner'],
			[5, 'no_code']
		]);
	});

	it('reports a missing required column', () => {
		const { problems } = readTable([
			['ข้อ', 'ข้อมูล', 'กำหนดส่ง'],
			['o1', 'x', '']
		]);
		expect(problems).toEqual([{ row: 1, reason: 'missing_column', value: 'ส่วนราชการที่รับผิดชอบ' }]);
	});

	it('finds the header below a title row and skips repeated headers', () => {
		const { records, problems } = readTable([
			['การแบ่งหน้าที่ความรับผิดชอบ'],
			header,
			['o1', '', '', 'กองคลัง', ''],
			header,
			['o2', '', '', 'กองคลัง', '']
		]);
		expect(problems).toEqual([]);
		expect(records.map((r) => r.row)).toEqual([3, 5]);
	});

	it('refuses empty files and files with a header only', () => {
		expect(decodeCsv(new Uint8Array())).toEqual({
			ok: false,
			problem: { row: null, reason: 'empty' }
		});
		expect(decodeCsv(csvOf([]))).toMatchObject({ ok: false, problem: { reason: 'empty' } });
		expect(readTable([]).problems).toEqual([{ row: null, reason: 'empty' }]);
		expect(readTable([header]).problems).toEqual([{ row: null, reason: 'no_rows' }]);
	});

	it('refuses UTF-16 and Windows-874 CSV files', () => {
		const text = 'ข้อ,ส่วนราชการที่รับผิดชอบ\r\no1,กองคลัง\r\n';
		const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
		// Windows-874: Thai letters are single bytes 0xA1–0xFB ('ข' = 0xA2, 'อ' = 0xCD, ...).
		const win874 = new Uint8Array([
			0xa2, 0xe9, 0xcd, 0x2c, 0xa1, 0xcd, 0xa7, 0xa4, 0xc5, 0xd1, 0xa7
		]);
		for (const bytes of [utf16, win874]) {
			expect(decodeCsv(bytes)).toEqual({ ok: false, problem: { row: null, reason: 'encoding' } });
		}
		expect(decodeCsv(new TextEncoder().encode(text))).toEqual({ ok: true, text });
	});
});

describe('dates', () => {
	it.each([
		['', null],
		['2022-02-15', '2022-02-15'],
		['2022-02-15T00:00:00.000Z', '2022-02-15'],
		['15 ก.พ. 2565', '2022-02-15'],
		['15 กุมภาพันธ์ 2565', '2022-02-15'],
		['๑๕ ก.พ. ๒๕๖๕', '2022-02-15'],
		['15/02/2565', '2022-02-15'],
		['15/2/65', '2022-02-15'],
		['44607', '2022-02-15'],
		['44607.5', '2022-02-15'],
		['31 ก.พ. 2565', 'bad'],
		['2022-02-30', 'bad'],
		['tomorrow', 'bad'],
		['12345', 'bad'],
		['14/03/3108', 'bad'],
		['2565-03-14', 'bad']
	])('%j → %j', (text, due) => {
		expect(parseDue(text)).toBe(due);
	});

	it('reports a bad date with its row; a blank date keeps the current one or takes the default', () => {
		const { rows, problems } = importText(
			toCsv([
				header,
				['o1', '', '', 'กองคลัง', '30 ก.พ. 2565'],
				['o2', '', '', 'กองคลัง', ''],
				['o3', '', '', 'กองคลัง', '']
			])
		);
		expect(problems).toEqual([{ row: 2, reason: 'bad_date', value: '30 ก.พ. 2565' }]);
		const current = new Map([
			['item-o2', { ownerMode: 'divisions' as const, divisionIds: ['d7'], dueDate: '2022-03-01' }]
		]);
		const plan = planImport(rows, current, () => '2022-02-15');
		expect(plan.map((p) => [p.code, p.dueDate, p.action, p.ownersChanged, p.dueChanged])).toEqual([
			['o2', '2022-03-01', 'same', false, false],
			['o3', '2022-02-15', 'create', true, true]
		]);
	});
});

describe('owner cells', () => {
	it('splits on slashes, line breaks, semicolons and dash bullets', () => {
		expect(ownerNames('ก / ข')).toEqual(['ก', 'ข']);
		expect(ownerNames('ก\nข;ค')).toEqual(['ก', 'ข', 'ค']);
		expect(ownerNames('-ฝ่ายนิติการ สำนักปลัด')).toEqual(['ฝ่ายนิติการ สำนักปลัด']);
		expect(ownerNames('  ')).toEqual([]);
	});

	it('matches the same division twice only once', () => {
		const { rows } = importText(toCsv([header, ['o6', '', '', 'ฝ่ายนิติการ / ฝ่ายนิติการ สำนักปลัด', '']]));
		expect(rows[0].divisionIds).toEqual(['d1']);
	});

	it('writes Thai-digit codes', () => {
		expect(['o1', 'o9', 'o10', 'o43'].map(seedCode)).toEqual(['๐๑', '๐๙', '๐๑๐', '๐๔๓']);
	});
});
