import type { Tx } from './db/port';

export interface CommentRow {
	id: string;
	part_id: string;
	body: string;
	author_name: string | null;
	created_at: Date;
}

export function commentsOfParts(tx: Tx, partIds: string[]): Promise<CommentRow[]> {
	return tx.query<CommentRow & Record<string, unknown>>(
		`select c.id, c.part_id, c.body, c.created_at,
			(select full_name from public.profiles p where p.id = c.author) as author_name
		 from public.comments c where c.part_id = any($1::uuid[]) order by c.created_at`,
		[partIds]
	);
}

export async function addComment(
	tx: Tx,
	orgId: string,
	partId: string,
	body: string
): Promise<void> {
	await tx.query('insert into public.comments (org_id, part_id, body) values ($1, $2, $3)', [
		orgId,
		partId,
		body
	]);
}
