import type { Database } from './db/port';
import { actAs, asSystem } from './db/with-user';
import { createAccount } from './auth/accounts';
import { addMember, type Role } from './members';

export interface NewMember {
	orgId: string;
	fullName: string;
	email: string;
	password: string;
	role: Role;
	divisionIds: string[];
}

/**
 * A coordinator creates an account for a colleague. The account is written by the accounts task,
 * then the membership as the coordinator under RLS — one transaction, so if the caller is not a
 * coordinator of that organisation (42501) no orphan account is left behind.
 */
export function createMemberAccount(db: Database, coordinatorId: string, input: NewMember) {
	return asSystem(db, 'accounts', async (tx) => {
		const userId = await createAccount(tx, input);
		await actAs(tx, { sub: coordinatorId, role: 'authenticated' });
		return addMember(tx, {
			orgId: input.orgId,
			userId,
			role: input.role,
			divisionIds: input.divisionIds
		});
	});
}
