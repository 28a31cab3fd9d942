import type { Database, Tx } from './db/port';
import { asSystem } from './db/with-user';

/** อบจ., เทศบาล, อบต., and the special local governments กรุงเทพมหานคร and เมืองพัทยา. */
export type OrgType = 'pao' | 'municipality' | 'sao' | 'bangkok' | 'pattaya';
export const ORG_TYPES: readonly OrgType[] = ['pao', 'municipality', 'sao', 'bangkok', 'pattaya'];

export interface OrgInput {
	name: string;
	orgType: OrgType;
	province: string;
	domains: string[];
	isDemo?: boolean;
}

export interface OrgRow {
	id: string;
	name: string;
	org_type: OrgType;
	province: string;
	domains: string[];
	is_demo: boolean;
	version: number;
}

/** System task (set-up, demo): organisations are created before anyone can sign in to them. */
export async function insertOrganisation(tx: Tx, input: OrgInput): Promise<string> {
	const [row] = await tx.query<{ id: string }>(
		`insert into public.organisations (name, org_type, province, domains, is_demo)
		 values ($1, $2, $3, $4, $5) returning id`,
		[input.name, input.orgType, input.province, input.domains, input.isDemo ?? false]
	);
	return row.id;
}

export async function getOrganisation(tx: Tx, id: string): Promise<OrgRow | null> {
	const [row] = await tx.query<OrgRow & Record<string, unknown>>(
		'select id, name, org_type, province, domains, is_demo, version from public.organisations where id = $1',
		[id]
	);
	return row ?? null;
}

export async function updateOrganisation(
	tx: Tx,
	id: string,
	version: number,
	input: OrgInput
): Promise<boolean> {
	const rows = await tx.query(
		`update public.organisations set name = $3, org_type = $4, province = $5, domains = $6
		 where id = $1 and version = $2 returning id`,
		[id, version, input.name, input.orgType, input.province, input.domains]
	);
	return rows.length > 0;
}

/** What the first-run page needs to know: is there an organisation of one's own, or the demo? */
export async function installState(db: Database): Promise<{ ownOrg: boolean; demo: boolean }> {
	const [row] = await asSystem(db, 'setup', (tx) =>
		tx.query<{ own: boolean; demo: boolean }>(
			`select exists (select 1 from public.organisations where not is_demo) as own,
				exists (select 1 from public.organisations where is_demo) as demo`
		)
	);
	return { ownOrg: row.own, demo: row.demo };
}

const SETUP_LOCK = 740_2566;

/**
 * Serialises the set-up tasks (first organisation, demo) and tells them whether set-up is closed:
 * once an organisation of one's own exists, neither may write anything.
 */
export async function lockSetup(tx: Tx): Promise<{ closed: boolean }> {
	await tx.query('select pg_advisory_xact_lock($1)', [SETUP_LOCK]);
	const [own] = await tx.query('select 1 from public.organisations where not is_demo limit 1');
	return { closed: Boolean(own) };
}
