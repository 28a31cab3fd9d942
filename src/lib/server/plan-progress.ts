import type { Tx } from './db/port';

export type Round = 'half' | 'annual';
export type ProgressStatus = 'not_started' | 'in_progress' | 'done' | 'cancelled';
export type Review = 'draft' | 'submitted' | 'approved' | 'returned';

export interface Progress {
	id: string;
	item_id: string;
	fiscal_year: number;
	round: Round;
	status: ProgressStatus;
	done_text: string | null;
	spent: number | null;
	problems: string | null;
	suggestions: string | null;
	evidence_urls: string[];
	review: Review;
	review_comment: string | null;
	updated_at: string;
	version: number;
}

const COLUMNS = `id, item_id, fiscal_year, round, status, done_text, spent, problems, suggestions,
	evidence_urls, review, review_comment, updated_at, version`;

/** Every report of a plan for one year and round. */
export function listProgress(tx: Tx, orgId: string, planId: string, year: number, round: Round) {
	return tx.query<Progress & Record<string, unknown>>(
		`select ${COLUMNS.replace(/(\w+)/g, 'g.$1')}
		 from public.plan_progress g join public.plan_items i on i.id = g.item_id
		 where g.org_id = $1 and i.plan_id = $2 and g.fiscal_year = $3 and g.round = $4`,
		[orgId, planId, year, round]
	);
}

export async function getProgress(
	tx: Tx,
	orgId: string,
	itemId: string,
	year: number,
	round: Round
) {
	const [row] = await tx.query<Progress & Record<string, unknown>>(
		`select ${COLUMNS} from public.plan_progress
		 where org_id = $1 and item_id = $2 and fiscal_year = $3 and round = $4`,
		[orgId, itemId, year, round]
	);
	return row ?? null;
}

export interface ProgressInput {
	status: ProgressStatus;
	done_text: string;
	spent: number | null;
	problems: string;
	suggestions: string;
	evidence_urls: string[];
	submit: boolean;
}

/**
 * Saves an owner's report (a draft, or submitted for review). `version` is the one the form was
 * based on (null for a first report); false when someone changed it meanwhile.
 */
export async function saveProgress(
	tx: Tx,
	orgId: string,
	key: { itemId: string; year: number; round: Round },
	version: number | null,
	input: ProgressInput
): Promise<boolean> {
	const values = [
		input.status,
		input.done_text || null,
		input.spent,
		input.problems || null,
		input.suggestions || null,
		input.evidence_urls,
		input.submit ? 'submitted' : 'draft'
	];
	if (version === null) {
		const rows = await tx.query(
			`insert into public.plan_progress (org_id, item_id, fiscal_year, round, status, done_text,
				spent, problems, suggestions, evidence_urls, review)
			 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
			 on conflict (item_id, fiscal_year, round) do nothing returning id`,
			[orgId, key.itemId, key.year, key.round, ...values]
		);
		return rows.length > 0;
	}
	const rows = await tx.query(
		`update public.plan_progress set status = $5, done_text = $6, spent = $7, problems = $8,
			suggestions = $9, evidence_urls = $10, review = $11
		 where org_id = $1 and item_id = $2 and fiscal_year = $3 and round = $4 and version = $12
		 returning id`,
		[orgId, key.itemId, key.year, key.round, ...values, version]
	);
	return rows.length > 0;
}

/** The coordinator approves a report or returns it with a comment. */
export async function reviewProgress(
	tx: Tx,
	orgId: string,
	id: string,
	version: number,
	decision: { approve: true } | { approve: false; comment: string }
): Promise<boolean> {
	const rows = await tx.query(
		`update public.plan_progress set review = $4, review_comment = $5
		 where org_id = $1 and id = $2 and version = $3 and review = 'submitted' returning id`,
		[
			orgId,
			id,
			version,
			decision.approve ? 'approved' : 'returned',
			decision.approve ? null : decision.comment
		]
	);
	return rows.length > 0;
}
