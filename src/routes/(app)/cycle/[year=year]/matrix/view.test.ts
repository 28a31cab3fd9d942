import { describe, expect, it } from 'vitest';
import { applyFilters, divisionTree, parseFilters, viewRows, type SourceRow } from './view';
import { actionUrl, withParam } from './actions';

const divisions = [
	{ id: 'top', parent_id: null, name: 'สำนักปลัด' },
	{ id: 'finance', parent_id: null, name: 'กองคลัง' },
	{ id: 'legal', parent_id: 'top', name: 'ฝ่ายนิติการ' }
];

const source = (code: string, over: Partial<SourceRow>): SourceRow => ({
	code,
	sub_indicator: '9.1',
	group: 'g',
	name_th: code,
	name_en: code,
	period_rule: 'standing',
	assignment_id: 'a-' + code,
	owner_mode: 'divisions',
	due_date: '2022-02-15',
	version: 1,
	parts: [],
	evidence_count: 0,
	...over
});

const rows = viewRows(
	[
		source('o1', {
			parts: [
				{ division_id: 'legal', is_lead: false, status: 'draft' },
				{ division_id: 'finance', is_lead: true, status: 'not_started' }
			]
		}),
		source('o2', {
			sub_indicator: '9.2',
			due_date: '2022-02-01',
			parts: [{ division_id: 'finance', is_lead: true, status: 'approved' }]
		}),
		source('o3', {
			due_date: '2022-02-01',
			parts: [{ division_id: 'legal', is_lead: true, status: 'submitted' }]
		}),
		source('o4', { assignment_id: null, owner_mode: null, due_date: null, version: null })
	],
	divisions,
	'2022-02-08'
);

describe('matrix rows', () => {
	it('puts the lead first and derives status and overdue (not for approved items)', () => {
		expect(rows[0].owners.map((o) => [o.name, o.lead])).toEqual([
			['กองคลัง', true],
			['ฝ่ายนิติการ', false]
		]);
		expect(rows.map((r) => [r.status, r.overdue])).toEqual([
			['draft', false],
			['approved', false],
			['submitted', true],
			['unassigned', false]
		]);
	});
});

describe('filters', () => {
	const known = { subs: ['9.1', '9.2'], divisions: divisions.map((d) => d.id) };
	const codes = (query: string) =>
		applyFilters(rows, parseFilters(new URLSearchParams(query), known)).map((r) => r.code);

	it.each([
		['', ['o1', 'o2', 'o3', 'o4']],
		['sub=9.2', ['o2']],
		['division=finance', ['o1', 'o2']],
		['division=legal&sub=9.1', ['o1', 'o3']],
		['status=unassigned', ['o4']],
		['status=submitted', ['o3']],
		['overdue=1', ['o3']],
		['sub=99&division=nobody&status=bogus', ['o1', 'o2', 'o3', 'o4']]
	])('%j → %j', (query, expected) => {
		expect(codes(query)).toEqual(expected);
	});

	it('lists sections under their division', () => {
		expect(divisionTree(divisions).map((d) => [d.id, d.depth])).toEqual([
			['top', 0],
			['legal', 1],
			['finance', 0]
		]);
	});
});

describe('action URLs keep the filters', () => {
	const search = new URLSearchParams('sub=9.1&/due&assign=o5');
	it('drops an earlier action key and the keys asked for', () => {
		expect(actionUrl(search, 'bulk', ['assign'])).toBe('?sub=9.1&/bulk');
		expect(actionUrl(new URLSearchParams(), 'due')).toBe('?/due');
		expect(withParam(search, 'assign', null)).toBe('?sub=9.1');
		expect(withParam(new URLSearchParams(), 'assign', 'o2')).toBe('?assign=o2');
	});
});

describe('items of an archived division', () => {
	it('need a new owner and count as unassigned; a live co-owner keeps the item assigned', () => {
		const withArchived = [...divisions.slice(0, 2), { ...divisions[2], archived_at: '2022-02-01' }];
		const [gone, shared] = viewRows(
			[
				source('o5', { parts: [{ division_id: 'legal', is_lead: true, status: 'draft' }] }),
				source('o6', {
					parts: [
						{ division_id: 'legal', is_lead: true, status: 'draft' },
						{ division_id: 'finance', is_lead: false, status: 'draft' }
					]
				})
			],
			withArchived,
			'2022-02-08'
		);
		expect(gone).toMatchObject({ needsOwner: true, status: 'unassigned' });
		expect(gone.owners).toEqual([{ id: 'legal', name: 'ฝ่ายนิติการ', lead: true, archived: true }]);
		expect(shared).toMatchObject({ needsOwner: false, status: 'draft' });
	});
});
