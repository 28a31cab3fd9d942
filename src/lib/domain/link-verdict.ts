/**
 * What a link check means for the item: the one place that decides which findings make the
 * assessors give 0 (they fail the item's links) and which only ask someone to look. A check that
 * could not reach the site (no internet, a timeout, a busy server) never fails an item: it asks
 * for a re-check, so an office PC without a connection does not zero the whole round.
 */
export const LINK_OUTCOMES = [
	'live',
	'live_redirected',
	'dead',
	'restricted',
	'redirects_off_domain',
	'insecure_redirect',
	'unreachable',
	'retry_later',
	'blocked',
	'too_many_redirects',
	'unresolvable'
] as const;
export type LinkOutcome = (typeof LINK_OUTCOMES)[number];

export type FlaggedHost = 'google_drive' | 'facebook' | 'shortener';

export type YearCheck =
	'found' | 'other_year' | 'not_found' | 'no_text_layer' | 'not_read' | 'not_applicable';

/** A stored check of one evidence URL (link_checks), as pages read it. */
export interface LinkCheck {
	outcome: LinkOutcome;
	/** The checker's detail of the outcome (e.g. `tls` for an unreachable site, `login_wall`). */
	reason: string | null;
	http_status: number | null;
	final_url: string | null;
	title: string | null;
	on_domain: boolean;
	flagged_host: FlaggedHost | null;
	year_check: YearCheck;
	years_seen: number[];
	checked_at: string;
}

/** Findings that make the assessors give the item 0. */
export type LinkProblem =
	| 'dead'
	| 'restricted'
	| 'off_domain'
	| FlaggedHost
	| 'redirects_off_domain'
	| 'blocked'
	| 'too_many_redirects'
	| 'other_year';

/** Findings someone should look at, which do not fail the item by themselves. */
export const LINK_WARNINGS = [
	'unreachable',
	'certificate',
	'retry_later',
	'unresolvable',
	'insecure_redirect',
	'year_not_found',
	'no_text_layer',
	'not_read'
] as const;
export type LinkWarning = (typeof LINK_WARNINGS)[number];

export interface LinkVerdict {
	state: 'unchecked' | 'ok' | 'warn' | 'fail';
	reasons: (LinkProblem | LinkWarning)[];
}

const FAILING: Partial<Record<LinkOutcome, LinkProblem>> = {
	dead: 'dead',
	restricted: 'restricted',
	blocked: 'blocked',
	too_many_redirects: 'too_many_redirects'
};
const WARNING: Partial<Record<LinkOutcome, LinkWarning>> = {
	unreachable: 'unreachable',
	retry_later: 'retry_later',
	unresolvable: 'unresolvable',
	insecure_redirect: 'insecure_redirect'
};
const YEAR_WARNING: Partial<Record<YearCheck, LinkWarning>> = {
	not_found: 'year_not_found',
	no_text_layer: 'no_text_layer',
	not_read: 'not_read'
};

/**
 * The verdict on one evidence URL from its newest check. `accepted`: a coordinator accepted this
 * exact off-domain URL with a written reason, so where it lives no longer fails it.
 */
export function linkVerdict(check: LinkCheck | null | undefined, accepted = false): LinkVerdict {
	if (!check) return { state: 'unchecked', reasons: [] };
	const problems: LinkProblem[] = [];
	const warnings: LinkWarning[] = [];
	const failing = FAILING[check.outcome];
	if (failing) problems.push(failing);
	const warning = WARNING[check.outcome];
	// Many sites send an incomplete certificate chain that browsers repair and the checker does not.
	if (warning) warnings.push(check.reason === 'tls' ? 'certificate' : warning);
	if (!accepted) {
		if (check.flagged_host) problems.push(check.flagged_host);
		else if (!check.on_domain) problems.push('off_domain');
		if (check.outcome === 'redirects_off_domain') problems.push('redirects_off_domain');
	}
	if (check.year_check === 'other_year') problems.push('other_year');
	const yearWarning = YEAR_WARNING[check.year_check];
	if (yearWarning) warnings.push(yearWarning);
	if (problems.length) return { state: 'fail', reasons: [...problems, ...warnings] };
	if (warnings.length) return { state: 'warn', reasons: warnings };
	return { state: 'ok', reasons: [] };
}

/** An item's links pass while none of its live URLs has a failing verdict. */
export function linksPass(verdicts: readonly LinkVerdict[]): boolean {
	return !verdicts.some((v) => v.state === 'fail');
}
