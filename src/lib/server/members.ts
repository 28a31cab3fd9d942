import type { Database, Tx } from './db/port';
import { withUser } from './db/with-user';
import { bangkokDate, defaultRoundYear, fiscalYearOf } from '$lib/domain/fiscal';

export type Role = Member['role'];
export const ROLES: readonly Role[] = ['coordinator', 'contributor', 'executive', 'viewer'];

/**
 * The columns of a membership as `Member`, for a query that joins `public.memberships m` and
 * `public.organisations o`: the organisation, the role, the divisions and the years of its rounds.
 */
export const MEMBER_COLUMNS = `m.org_id, o.name as org_name, o.org_type, o.is_demo, m.role,
	coalesce((select array_agg(md.division_id) from public.membership_divisions md
		where md.membership_id = m.id), '{}') as division_ids,
	coalesce((select array_agg(c.fiscal_year order by c.fiscal_year desc) from public.cycles c
		where c.org_id = m.org_id), '{}') as cycle_years`;

export interface MemberColumns {
	org_id: string | null;
	org_name: string;
	org_type: string;
	is_demo: boolean;
	role: Role;
	division_ids: string[];
	cycle_years: number[];
}

/** A row with MEMBER_COLUMNS as `Member`; null when it has no membership (`org_id` null). */
export function toMember(row: MemberColumns | undefined): Member | null {
	return row?.org_id
		? {
				orgId: row.org_id,
				orgName: row.org_name,
				orgType: row.org_type,
				isDemo: row.is_demo,
				role: row.role,
				divisionIds: row.division_ids,
				cycleYears: row.cycle_years,
				cycleYear: defaultRoundYear(row.cycle_years, fiscalYearOf(bangkokDate(new Date())))
			}
		: null;
}

/** The user's membership (first organisation joined), read under RLS. */
export async function currentMember(db: Database, userId: string): Promise<Member | null> {
	const [row] = await withUser(db, { sub: userId, role: 'authenticated' }, (tx) =>
		tx.query<MemberColumns & Record<string, unknown>>(
			`select ${MEMBER_COLUMNS}
			 from public.memberships m join public.organisations o on o.id = m.org_id
			 where m.user_id = (select auth.uid())
			 order by m.created_at limit 1`
		)
	);
	return toMember(row);
}

export interface MemberRow {
	id: string;
	user_id: string;
	full_name: string;
	email: string;
	role: Role;
	division_ids: string[];
	version: number;
}

export function listMembers(tx: Tx, orgId: string): Promise<MemberRow[]> {
	return tx.query<MemberRow & Record<string, unknown>>(
		`select m.id, m.user_id, coalesce(p.full_name, '') as full_name, coalesce(p.email, '') as email,
			m.role, m.version,
			coalesce((select array_agg(md.division_id) from public.membership_divisions md
				where md.membership_id = m.id), '{}') as division_ids
		 from public.memberships m left join public.profiles p on p.id = m.user_id
		 where m.org_id = $1
		 order by array_position(array['coordinator','executive','contributor','viewer'], m.role), p.full_name`,
		[orgId]
	);
}

export async function addMember(
	tx: Tx,
	input: { orgId: string; userId: string; role: Role; divisionIds: string[] }
): Promise<string> {
	const [row] = await tx.query<{ id: string }>(
		'insert into public.memberships (org_id, user_id, role) values ($1, $2, $3) returning id',
		[input.orgId, input.userId, input.role]
	);
	await setDivisions(tx, input.orgId, row.id, input.divisionIds);
	return row.id;
}

/** Changes a member's role and divisions; false when the row is gone or changed meanwhile. */
export async function updateMember(
	tx: Tx,
	input: { orgId: string; id: string; role: Role; divisionIds: string[]; version: number }
): Promise<boolean> {
	const rows = await tx.query(
		`update public.memberships set role = $3
		 where org_id = $1 and id = $2 and version = $4 returning id`,
		[input.orgId, input.id, input.role, input.version]
	);
	if (!rows.length) return false;
	await setDivisions(
		tx,
		input.orgId,
		input.id,
		input.role === 'contributor' ? input.divisionIds : []
	);
	return true;
}

async function setDivisions(tx: Tx, orgId: string, membershipId: string, divisionIds: string[]) {
	await tx.query(
		`delete from public.membership_divisions
		 where membership_id = $1 and not (division_id = any($2::uuid[]))`,
		[membershipId, divisionIds]
	);
	await tx.query(
		`insert into public.membership_divisions (org_id, membership_id, division_id)
		 select $1, $2, d from unnest($3::uuid[]) as d
		 on conflict do nothing`,
		[orgId, membershipId, divisionIds]
	);
}

/** Removes a membership; the person loses access on their next request. */
export async function removeMember(tx: Tx, orgId: string, id: string): Promise<boolean> {
	const rows = await tx.query(
		'delete from public.memberships where org_id = $1 and id = $2 returning id',
		[orgId, id]
	);
	return rows.length > 0;
}
