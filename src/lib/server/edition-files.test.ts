import { describe, expect, it } from 'vitest';
import { catalogDefinitions } from '$lib/catalogs';
import { readUpload, xlsxFile } from './edition-files';

describe('edition workbook', () => {
	it.each(catalogDefinitions.map((d) => [d.fiscalYear, d] as const))(
		'FY%i: the XLSX export reads back as the same edition',
		async (_, def) => {
			const read = await readUpload('e.xlsx', await xlsxFile(def));
			expect(read.ok && read.definition).toEqual({ ...def, status: 'custom' });
		}
	);
	it('refuses a JSON file that is not UTF-8, a 5 MB file and a CSV', async () => {
		const tis620 = new Uint8Array([0x7b, 0xa1, 0xa2, 0x7d]);
		expect(await readUpload('e.json', tis620)).toMatchObject({
			ok: false,
			problems: [{ reason: 'encoding' }]
		});
		expect(await readUpload('e.xlsx', new Uint8Array(5 * 1024 * 1024))).toMatchObject({
			ok: false,
			problems: [{ reason: 'too_large', value: '5.0' }]
		});
		expect(await readUpload('e.csv', new Uint8Array([0x61]))).toMatchObject({
			ok: false,
			problems: [{ reason: 'file_type' }]
		});
	});
	it('the empty template reads as an edition without items', async () => {
		const read = await readUpload('t.xlsx', await xlsxFile(null));
		expect(read.ok ? [] : read.problems.map((p) => p.reason)).toEqual([
			'bad_year',
			'no_title',
			'no_items'
		]);
	});
});
