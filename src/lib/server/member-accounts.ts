import type { Database, Tx } from './db/port';
import { actAs, asSystem } from './db/with-user';
import { createAccount, EmailTaken } from './auth/accounts';
import { addMember, type Role } from './members';
import { markTemporary } from './auth/password-changes';

export interface NewMember {
	orgId: string;
	fullName: string;
	email: string;
	password: string;
	role: Role;
	divisionIds: string[];
}

/** Supabase Auth mode: the person is invited by e-mail and chooses their own password. */
export type InvitedMember = Omit<NewMember, 'password'>;
/** Makes the account of an invited person (Supabase Auth) and returns its id. */
export type Invite = (tx: Tx, input: InvitedMember) => Promise<string>;

/** The e-mail belongs to an account of the demo organisation, whose password is public. */
export class DemoAccount extends Error {}

/**
 * The account for a new member: a new one, or the person's existing account when the e-mail
 * already has one (in another organisation). Then the typed name and password are not used and
 * nothing about the other organisation is read or shown. Demo accounts are refused: their
 * password is published.
 */
async function accountFor(tx: Tx, input: NewMember): Promise<string> {
	try {
		const id = await createAccount(tx, input);
		// The first password was typed by the coordinator: the person chooses their own at sign-in
		// (not in the demo, whose accounts cannot change theirs: app.may_change_own_password).
		const [org] = await tx.query<{ is_demo: boolean }>(
			'select is_demo from public.organisations where id = $1',
			[input.orgId]
		);
		if (org && !org.is_demo) await markTemporary(tx, id, true);
		return id;
	} catch (e) {
		if (!(e instanceof EmailTaken)) throw e;
	}
	return (await existingAccount(tx, input.email))!;
}

/** The account the e-mail already has, or null; a demo account is refused. */
async function existingAccount(tx: Tx, email: string): Promise<string | null> {
	const [row] = await tx.query<{ id: string; demo: boolean }>(
		`select u.id, exists (select 1 from public.memberships m
			join public.organisations o on o.id = m.org_id where m.user_id = u.id and o.is_demo) as demo
		 from auth.users u where u.email = $1`,
		[email.toLowerCase()]
	);
	if (row?.demo) throw new DemoAccount(email);
	return row?.id ?? null;
}

/**
 * A coordinator adds a colleague. The account is written by the accounts task, then the
 * membership as the coordinator under RLS — one transaction, so if the caller is not a
 * coordinator of that organisation (42501) no orphan account is left behind. With `invite`
 * (Supabase Auth mode) an e-mail without an account is invited instead; an invitation already
 * sent is Supabase Auth's and stays even if the membership is refused.
 */
export function createMemberAccount(
	db: Database,
	coordinatorId: string,
	input: NewMember | InvitedMember,
	invite?: Invite
) {
	return asSystem(db, 'accounts', async (tx) => {
		const userId = invite
			? ((await existingAccount(tx, input.email)) ?? (await invite(tx, input)))
			: await accountFor(tx, input as NewMember);
		await actAs(tx, { sub: coordinatorId, role: 'authenticated' });
		return addMember(tx, {
			orgId: input.orgId,
			userId,
			role: input.role,
			divisionIds: input.divisionIds
		});
	});
}
