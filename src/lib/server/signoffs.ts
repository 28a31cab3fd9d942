import type { Tx } from './db/port';

export interface SignoffRow {
	id: string;
	signed_at: Date;
	signed_by_name: string | null;
	confirmed_oit: number;
	confirmed_ita: number | null;
	approved_items: number;
	note: string | null;
	/**
	 * What it confirmed is no longer so: the confirmed OIT or the number of approved items differs
	 * from the latest reading (every write that can change readiness records one, snapshots.ts).
	 * Work in progress that leaves both as they were does not date it.
	 */
	out_of_date: boolean;
}

/** The newest sign-off of the cycle, and whether it is out of date. */
export async function latestSignoff(tx: Tx, cycleId: string): Promise<SignoffRow | null> {
	const [row] = await tx.query<SignoffRow & Record<string, unknown>>(
		`select s.id, s.signed_at, s.confirmed_oit, s.confirmed_ita, s.approved_items, s.note,
			(select full_name from public.profiles p where p.id = s.signed_by) as signed_by_name,
			coalesce((
				select (n.confirmed_oit, n.approved_items) is distinct from (s.confirmed_oit, s.approved_items)
				from public.readiness_snapshots n where n.cycle_id = s.cycle_id
				order by n.recorded_at desc, n.day desc limit 1
			), false) as out_of_date
		 from public.signoffs s where s.cycle_id = $1
		 order by s.signed_at desc limit 1`,
		[cycleId]
	);
	return row ?? null;
}

/** Records an executive's sign-off; a second one with the same form key adds nothing. */
export async function signOff(
	tx: Tx,
	input: {
		orgId: string;
		cycleId: string;
		oit: number;
		ita: number | null;
		approved: number;
		note: string | null;
		/** The form's key: the same form sent twice records one sign-off. */
		clientKey: string;
	}
): Promise<void> {
	await tx.query(
		`insert into public.signoffs
			(org_id, cycle_id, confirmed_oit, confirmed_ita, approved_items, note, client_key)
		 values ($1, $2, $3, $4, $5, $6, $7)
		 on conflict (client_key) do nothing`,
		[input.orgId, input.cycleId, input.oit, input.ita, input.approved, input.note, input.clientKey]
	);
}
