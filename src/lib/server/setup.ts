import type { Database } from './db/port';
import { asSystem, actAs } from './db/with-user';
import { createAccount } from './auth/accounts';
import { insertOrganisation, type OrgInput } from './orgs';
import { openCycle } from './cycles';
import { cycleOfYear } from './cycle-items';
import { recordSnapshot } from './snapshots';
import { defaultCalendar } from '$lib/domain/cycle-calendar';

export interface SetupInput {
	org: OrgInput;
	coordinator: { fullName: string; email: string; password: string };
}

const SETUP_LOCK = 740_2566;

/**
 * First run: creates the organisation, its first coordinator and its cycle for the newest
 * checklist, in one transaction. Allowed only while no organisation of one's own exists
 * (the demo does not count); returns null when someone else finished set-up first.
 */
export async function createOrganisation(db: Database, input: SetupInput): Promise<string | null> {
	return asSystem(db, 'setup', async (tx) => {
		await tx.query('select pg_advisory_xact_lock($1)', [SETUP_LOCK]);
		const [taken] = await tx.query('select 1 from public.organisations where not is_demo');
		if (taken && !input.org.isDemo) return null;
		const orgId = await insertOrganisation(tx, input.org);
		const userId = await createAccount(tx, input.coordinator);
		await tx.query(
			`insert into public.memberships (org_id, user_id, role) values ($1, $2, 'coordinator')`,
			[orgId, userId]
		);
		// From here on the coordinator acts: the cycle is theirs in the audit log, under RLS.
		await actAs(tx, { sub: userId, role: 'authenticated' });
		const [{ fiscal_year }] = await tx.query<{ fiscal_year: number }>(
			'select max(fiscal_year) as fiscal_year from public.catalogs'
		);
		await openCycle(tx, { orgId, fiscalYear: fiscal_year, ...defaultCalendar(fiscal_year) });
		// The trend starts on the day the cycle opens.
		await recordSnapshot(tx, (await cycleOfYear(tx, orgId, fiscal_year))!);
		return userId;
	});
}
