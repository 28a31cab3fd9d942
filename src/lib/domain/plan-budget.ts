/**
 * One budget cell of an action plan as offices write it: an amount in baht (Thai or Arabic digits,
 * thousands separators, "จำนวน … บาท" around it), "ไม่ใช้งบประมาณ" with its spacing and typo
 * variants (ไม่ใช่ งบประมาณ, ไม่ใช้งบฯ) or a dash for no budget, or nothing at all.
 */
import { fromThaiDigits } from './thai-date';

export type BudgetCell =
	| { kind: 'amount'; amount: number }
	| { kind: 'unbudgeted' }
	| { kind: 'blank' }
	| { kind: 'invalid'; text: string };

const UNBUDGETED = /^ไม่\s*ใ\s*ช[้่]?\s*ง\s*บ/;
const DASHES = /^[-–—](?:\s*[-–—])*$/;
const AMOUNT = /^(?:จำนวน\s*)?(-?[0-9][0-9,\s]*(?:\.[0-9]+)?)\s*(?:บาท)?\.?$/;

export function parseBudgetCell(raw: string): BudgetCell {
	const text = raw.replace(/\s+/g, ' ').trim();
	if (text === '') return { kind: 'blank' };
	if (UNBUDGETED.test(text) || DASHES.test(text)) return { kind: 'unbudgeted' };
	const match = AMOUNT.exec(fromThaiDigits(text));
	if (!match) return { kind: 'invalid', text };
	const amount = Number(match[1].replace(/[,\s]/g, ''));
	if (!Number.isFinite(amount) || amount < 0) return { kind: 'invalid', text };
	return { kind: 'amount', amount };
}

/** How a budget reads in a table: "30,000", "ไม่ใช้งบประมาณ" / "no budget", or "". */
export function budgetText(
	cell: { amount: number | null; unbudgeted: boolean } | undefined,
	lang: 'th' | 'en'
): string {
	if (!cell) return '';
	if (cell.unbudgeted) return lang === 'th' ? 'ไม่ใช้งบประมาณ' : 'no budget';
	return cell.amount === null ? '' : formatBaht(cell.amount);
}

export function formatBaht(amount: number): string {
	return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(amount);
}
