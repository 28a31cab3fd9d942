/**
 * Which item of one edition continues which item of another (rolling a round into the next year,
 * the diff of two editions). Items are matched by their Thai names, compared as sets of character
 * pairs (Dice) after removing digits, spaces and punctuation — Thai has no spaces between words,
 * and "รอบ ๖ เดือน" must equal "รอบ 6 เดือน". The lists are aligned in order (an edition keeps its
 * items' order when it renumbers them), identical names match even out of order, and the code
 * breaks ties. A left-over old item whose name fills in what a matched new name says beyond its
 * match is merged into it (FY2566 o11 = FY2565 o10 + o18); a left-over new item is split off an
 * old one the same way. What stays unmatched is dropped (old) or new.
 */
import type { CatalogDefinition, CatalogItem } from './catalog';

export type MappingKind =
	'same' | 'renamed' | 'renumbered' | 'split' | 'merged' | 'new' | 'dropped';

export const MAPPING_KINDS: readonly MappingKind[] = [
	'same',
	'renamed',
	'renumbered',
	'merged',
	'split',
	'new',
	'dropped'
];

/** Old item codes → new item codes of one link (empty on one side for new and dropped items). */
export interface MappingEntry {
	kind: MappingKind;
	from: string[];
	to: string[];
}

/** One old item continued by one new item. */
export type Pair = readonly [from: string, to: string];

/** Names at least this similar are the same item under another number. */
export const SIMILAR = 0.5;
/** Items keeping their code need less: a renamed item. */
const SIMILAR_SAME_CODE = 0.3;
/** An extra name must be mostly inside the name it merges into (or splits from)… */
const CONTAINED = 0.6;
/** …and make the match better by at least this much. */
const GAIN = 0.02;

/** Lower case, NFC, without digits (Thai or Arabic), spaces or punctuation. */
export function normaliseItemName(name: string): string {
	return name
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{M}]|[๐-๙]/gu, '');
}

function bigrams(name: string): Set<string> {
	const s = normaliseItemName(name);
	const out = new Set<string>();
	if (s.length === 1) out.add(s);
	for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
	return out;
}

function common(a: Set<string>, b: Set<string>): number {
	let n = 0;
	for (const x of a) if (b.has(x)) n++;
	return n;
}

const dice = (a: Set<string>, b: Set<string>) =>
	a.size + b.size === 0 ? 0 : (2 * common(a, b)) / (a.size + b.size);
const contained = (part: Set<string>, whole: Set<string>) =>
	part.size === 0 ? 0 : common(part, whole) / part.size;
const union = (sets: Set<string>[]) => new Set(sets.flatMap((s) => [...s]));

/** A report (รายงาน…) continues a report, never a plan or a policy of the same subject. */
const isReport = (name: string) => normaliseItemName(name).startsWith('รายงาน');

/** How alike two item names are, 0 … 1. */
export function nameSimilarity(a: string, b: string): number {
	const d = dice(bigrams(a), bigrams(b));
	return isReport(a) === isReport(b) ? d : d / 2;
}

export function itemsOf(def: Pick<CatalogDefinition, 'indicators'>): CatalogItem[] {
	return def.indicators.flatMap((i) =>
		i.subIndicators.flatMap((s) => s.groups.flatMap((g) => g.items))
	);
}

/** The proposed mapping of `from`'s items onto `to`'s, as entries in the new edition's order. */
export function proposeMapping(
	from: Pick<CatalogDefinition, 'indicators'>,
	to: Pick<CatalogDefinition, 'indicators'>
): MappingEntry[] {
	return classify(from, to, proposePairs(itemsOf(from), itemsOf(to)));
}

function proposePairs(olds: CatalogItem[], news: CatalogItem[]): Pair[] {
	const key = (i: CatalogItem) => normaliseItemName(i.nameTh);
	const weight = (o: CatalogItem, n: CatalogItem) => {
		const sameCode = o.code === n.code;
		if (key(o) === key(n)) return 2 + (sameCode ? 0.05 : 0);
		const s = nameSimilarity(o.nameTh, n.nameTh);
		if (s >= SIMILAR || (sameCode && s >= SIMILAR_SAME_CODE)) return s + (sameCode ? 0.05 : 0);
		return -1;
	};
	// Order-preserving alignment of greatest total weight (a weighted longest common subsequence).
	const m = olds.length;
	const n = news.length;
	const best = Array.from({ length: m + 1 }, () => new Float64Array(n + 1));
	const w = olds.map((o) => news.map((nw) => weight(o, nw)));
	for (let i = 1; i <= m; i++) {
		for (let j = 1; j <= n; j++) {
			const diag = w[i - 1][j - 1] > 0 ? best[i - 1][j - 1] + w[i - 1][j - 1] : -Infinity;
			best[i][j] = Math.max(best[i - 1][j], best[i][j - 1], diag);
		}
	}
	const to = new Map<number, number>();
	for (let i = m, j = n; i > 0 && j > 0;) {
		const diag = w[i - 1][j - 1] > 0 ? best[i - 1][j - 1] + w[i - 1][j - 1] : -Infinity;
		if (best[i][j] === diag) to.set(--i, --j);
		else if (best[i][j] === best[i - 1][j]) i--;
		else j--;
	}
	// The same name out of order is still the same item.
	const taken = new Set(to.values());
	olds.forEach((o, i) => {
		if (to.has(i)) return;
		const j = news.findIndex((nw, j) => !taken.has(j) && key(nw) === key(o));
		if (j >= 0) {
			to.set(i, j);
			taken.add(j);
		}
	});
	const pairs: Pair[] = [...to].map(([i, j]) => [olds[i].code, news[j].code]);
	return [...pairs, ...extras(olds, news, pairs)];
}

/** Merges of left-over old items, then splits of left-over new items. */
function extras(olds: CatalogItem[], news: CatalogItem[], pairs: Pair[]): Pair[] {
	const grams = new Map<string, Set<string>>();
	const gramsOf = (side: 'o' | 'n', item: CatalogItem) => {
		const k = side + item.code;
		if (!grams.has(k)) grams.set(k, bigrams(item.nameTh));
		return grams.get(k)!;
	};
	const oldBy = new Map(olds.map((o) => [o.code, o]));
	const newBy = new Map(news.map((n) => [n.code, n]));
	const out: Pair[] = [];
	const all = () => [...pairs, ...out];
	const sourcesOf = (code: string) =>
		all()
			.filter((p) => p[1] === code)
			.map((p) => p[0]);
	const targetsOf = (code: string) =>
		all()
			.filter((p) => p[0] === code)
			.map((p) => p[1]);

	for (const x of olds) {
		if (targetsOf(x.code).length) continue;
		let bestGain = GAIN;
		let into: string | null = null;
		for (const n of news) {
			const srcs = sourcesOf(n.code);
			if (!srcs.length || srcs.some((s) => targetsOf(s).length > 1)) continue;
			const target = gramsOf('n', n);
			const mine = gramsOf('o', x);
			if (contained(mine, target) < CONTAINED) continue;
			const before = union(srcs.map((s) => gramsOf('o', oldBy.get(s)!)));
			const gain = dice(target, union([before, mine])) - dice(target, before);
			if (gain > bestGain) [bestGain, into] = [gain, n.code];
		}
		if (into) out.push([x.code, into]);
	}
	for (const y of news) {
		if (sourcesOf(y.code).length) continue;
		let bestGain = GAIN;
		let fromCode: string | null = null;
		for (const o of olds) {
			const tgts = targetsOf(o.code);
			if (!tgts.length || tgts.some((t) => sourcesOf(t).length > 1)) continue;
			const source = gramsOf('o', o);
			const mine = gramsOf('n', y);
			if (contained(mine, source) < CONTAINED) continue;
			const before = union(tgts.map((t) => gramsOf('n', newBy.get(t)!)));
			const gain = dice(source, union([before, mine])) - dice(source, before);
			if (gain > bestGain) [bestGain, fromCode] = [gain, o.code];
		}
		if (fromCode) out.push([fromCode, y.code]);
	}
	return out;
}

/**
 * The entries that a set of pairs makes, whoever chose them (proposal or coordinator): each
 * connected group of old and new items is one entry. Entries follow the new edition's order; a
 * dropped item sits after the entry of the old item before it.
 */
export function classify(
	from: Pick<CatalogDefinition, 'indicators'>,
	to: Pick<CatalogDefinition, 'indicators'>,
	pairs: readonly Pair[]
): MappingEntry[] {
	const olds = itemsOf(from);
	const news = itemsOf(to);
	const oldPos = new Map(olds.map((o, i) => [o.code, i]));
	const newPos = new Map(news.map((n, i) => [n.code, i]));
	const valid = pairs.filter(([o, n]) => oldPos.has(o) && newPos.has(n));
	// Connected groups: union-find over 'o:code' / 'n:code'.
	const parent = new Map<string, string>();
	const find = (k: string): string => {
		const p = parent.get(k) ?? k;
		if (p === k) return k;
		const root = find(p);
		parent.set(k, root);
		return root;
	};
	for (const [o, n] of valid) parent.set(find('o:' + o), find('n:' + n));
	const groups = new Map<string, { from: string[]; to: string[] }>();
	const groupOf = (k: string) => {
		const root = find(k);
		if (!groups.has(root)) groups.set(root, { from: [], to: [] });
		return groups.get(root)!;
	};
	for (const n of news) groupOf('n:' + n.code).to.push(n.code);
	for (const o of olds) groupOf('o:' + o.code).from.push(o.code);

	const byCode = new Map(olds.map((o) => [o.code, o]));
	const newByCode = new Map(news.map((n) => [n.code, n]));
	const kindOf = (g: { from: string[]; to: string[] }): MappingKind => {
		if (!g.from.length) return 'new';
		if (!g.to.length) return 'dropped';
		if (g.from.length > 1) return g.from.length >= g.to.length ? 'merged' : 'split';
		if (g.to.length > 1) return 'split';
		const o = byCode.get(g.from[0])!;
		const n = newByCode.get(g.to[0])!;
		if (o.code !== n.code) return 'renumbered';
		return normaliseItemName(o.nameTh) === normaliseItemName(n.nameTh) ? 'same' : 'renamed';
	};
	const entries = [...groups.values()].map((g) => ({ kind: kindOf(g), ...g }));
	const first = (e: MappingEntry) =>
		e.to.length
			? Math.min(...e.to.map((c) => newPos.get(c)!))
			: // After the entry holding the nearest earlier old item.
				anchorOf(e.from[0]);
	const anchorOf = (code: string): number => {
		const at = oldPos.get(code)!;
		for (let i = at - 1; i >= 0; i--) {
			const e = entries.find((x) => x.to.length && x.from.includes(olds[i].code));
			if (e) return Math.min(...e.to.map((c) => newPos.get(c)!)) + 0.5 + at / 1e4;
		}
		return -1 + at / 1e4;
	};
	return entries.sort((a, b) => first(a) - first(b));
}

/** How many entries of each kind. */
export function countKinds(entries: MappingEntry[]): Record<MappingKind, number> {
	const counts = Object.fromEntries(MAPPING_KINDS.map((k) => [k, 0])) as Record<
		MappingKind,
		number
	>;
	for (const e of entries) counts[e.kind]++;
	return counts;
}

/** The pairs an entry list stands for (what a correction form starts from). */
export function pairsOf(entries: MappingEntry[]): Pair[] {
	return entries.flatMap((e) => e.from.flatMap((f) => e.to.map((t) => [f, t] as const)));
}
