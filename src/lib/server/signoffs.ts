import type { Tx } from './db/port';

export interface SignoffRow {
	id: string;
	signed_at: Date;
	signed_by_name: string | null;
	confirmed_oit: number;
	confirmed_ita: number | null;
	approved_items: number;
	note: string | null;
	/** The cycle's work (assignments, parts, evidence) changed after this sign-off. */
	out_of_date: boolean;
}

/** The newest sign-off of the cycle, and whether anything changed since. */
export async function latestSignoff(tx: Tx, cycleId: string): Promise<SignoffRow | null> {
	const [row] = await tx.query<SignoffRow & Record<string, unknown>>(
		`select s.id, s.signed_at, s.confirmed_oit, s.confirmed_ita, s.approved_items, s.note,
			(select full_name from public.profiles p where p.id = s.signed_by) as signed_by_name,
			exists (
				select 1 from public.audit_log l
				where l.org_id = s.org_id and l.at > s.signed_at
					and l.table_name in ('assignments', 'parts', 'evidence')
					and l.record_id in (
						select a.id::text from public.assignments a where a.cycle_id = s.cycle_id
						union all
						select p.id::text from public.parts p join public.assignments a on a.id = p.assignment_id
							where a.cycle_id = s.cycle_id
						union all
						select e.id::text from public.evidence e join public.parts p on p.id = e.part_id
							join public.assignments a on a.id = p.assignment_id where a.cycle_id = s.cycle_id
					)
			) as out_of_date
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
