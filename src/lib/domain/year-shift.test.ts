import { describe, it, expect } from 'vitest';
import { shiftYears } from './year-shift';

describe('shiftYears', () => {
	it.each([
		['เป็นการดำเนินการในปี พ.ศ. ๒๕๖๙', 'เป็นการดำเนินการในปี พ.ศ. ๒๕๗๐'],
		['รายงานผลปี พ.ศ. 2568', 'รายงานผลปี พ.ศ. 2569'],
		['แผน 2566–2570', 'แผน 2566–2570'],
		['โทร 0 5441 1234', 'โทร 0 5441 1234'],
		['เลข 123456', 'เลข 123456'],
		['ค.ศ. 2026', 'ค.ศ. 2026']
	])('%s → %s', (from, to) => expect(shiftYears(from, 2569, 2570)).toBe(to));

	it('leaves text alone for the same year', () => {
		expect(shiftYears('ปี ๒๕๖๙', 2569, 2569)).toBe('ปี ๒๕๖๙');
	});
});
