import { scoringSchemeSchema, type ScoringScheme } from '$lib/domain/scheme';
import type { Tx } from './db/port';

/** The scoring rules of a round: those of the edition it answers. */
export async function scheme(tx: Tx, cycleId: string): Promise<ScoringScheme> {
	const [row] = await tx.query<{ scoring: unknown }>(
		`select c.scoring from public.cycles y join public.catalogs c on c.id = y.catalog_id where y.id = $1`,
		[cycleId]
	);
	return scoringSchemeSchema.parse(row?.scoring);
}
