export const ANSWER_HEADER = ['ข้อ', 'ข้อมูล', 'คำตอบ (มี/ไม่มี)', 'URL', 'คำอธิบายเพิ่มเติม'] as const;

interface AnswerItem {
	code: string;
	name_th: string;
	/** The item's confirmed score as the dashboard computes it (scoring.ts). */
	score: { confirmed: number };
	evidence: {
		kind: 'url' | 'nothing_to_report';
		url: string | null;
		title: string | null;
		note: string | null;
		deleted_at: unknown;
	}[];
}

export interface AnswerRow {
	code: string;
	name: string;
	answer: 'มี' | 'ไม่มี';
	urls: string[];
	explanation: string;
}

/**
 * The NACC answer sheet in o-code order: "มี" only for an item that scores in the confirmed
 * reading the dashboard uses (approved, elements covered, period met, links passing) and has live
 * evidence; nothing unreviewed or short is declared. Its URLs, and where on the site
 * they are (the evidence titles and notes, or the "nothing to report" reason).
 */
export function answerRows(items: AnswerItem[]): AnswerRow[] {
	return items.map((i) => {
		const live = i.evidence.filter((e) => !e.deleted_at);
		const has = i.score.confirmed > 0 && live.length > 0;
		const urls = [...new Set(live.flatMap((e) => (e.kind === 'url' && e.url ? [e.url] : [])))];
		const explanation = [
			...new Set(live.map((e) => [e.title, e.note].filter(Boolean).join(': ')).filter(Boolean))
		].join('\n');
		return {
			code: i.code,
			name: i.name_th,
			answer: has ? 'มี' : 'ไม่มี',
			urls: has ? urls : [],
			explanation: has ? explanation : ''
		};
	});
}
