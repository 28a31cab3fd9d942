import type { Database, Tx } from './db/port';
import { asSystem, actAs } from './db/with-user';
import { createAccount } from './auth/accounts';
import { insertOrganisation, lockSetup, type OrgInput } from './orgs';
import { openRound } from './rounds';
import { cycleOfYear } from './cycle-items';
import { recordSnapshot } from './snapshots';

export interface SetupInput {
	org: OrgInput;
	coordinator: { fullName: string; email: string; password: string };
	/** The first round: its fiscal year (today's in Bangkok) and the edition chosen for it. */
	round: { fiscalYear: number; editionId: string };
}

export class EditionUnavailable extends Error {}

/** Makes the coordinator's account: embedded (the default) or through Supabase Auth. */
export type NewAccount = (tx: Tx, input: SetupInput['coordinator']) => Promise<string>;

/**
 * First run: creates the organisation, its first coordinator and the round of the current fiscal
 * year on the chosen edition, in one transaction. Allowed only while no organisation of one's own
 * exists (the demo does not count); returns null when someone else finished set-up first.
 */
export async function createOrganisation(
	db: Database,
	input: SetupInput,
	account: NewAccount = createAccount
): Promise<string | null> {
	return asSystem(db, 'setup', async (tx) => {
		if ((await lockSetup(tx)).closed) return null;
		const orgId = await insertOrganisation(tx, input.org);
		const userId = await account(tx, input.coordinator);
		await tx.query(
			`insert into public.memberships (org_id, user_id, role) values ($1, $2, 'coordinator')`,
			[orgId, userId]
		);
		// From here on the coordinator acts: the round is theirs in the audit log, under RLS.
		await actAs(tx, { sub: userId, role: 'authenticated' });
		const round = await openRound(tx, { orgId, ...input.round });
		if (!round) throw new EditionUnavailable();
		// The trend starts on the day the round opens (the last step: it ends the user's role).
		await recordSnapshot(tx, (await cycleOfYear(tx, orgId, input.round.fiscalYear))!);
		return userId;
	});
}
