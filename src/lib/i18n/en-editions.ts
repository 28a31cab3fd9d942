import type { thEditions } from './th-editions';

/** English messages of catalogue editions, rounds and rollover. */
export const enEditions: Record<keyof typeof thEditions, string> = {
	'edition.years': 'Fiscal years',
	'edition.status.official': 'Official',
	'edition.status.provisional': 'Provisional',
	'edition.status.custom': 'Your own edition',
	'edition.explain.official': "Transcribed from the NACC's assessment manual.",
	'edition.explain.provisional':
		"Put together from partial sources; not the official list. Check it against the NACC's manual before relying on it.",
	'edition.explain.custom':
		"Made or edited by your organisation; check it against the NACC's manual.",
	'edition.source': 'Source',
	'edition.gaps': 'Items not found yet',
	'edition.gapsText':
		'their names and elements are unknown, so they are left out; add them once you have the manual',
	'edition.noElements':
		"The elements of this item are not known yet: transcribe them from the NACC's manual.",
	'edition.scoring': 'Scoring',
	'edition.scheme.grade': 'Grades AA–F',
	'edition.scheme.rating': 'Ratings: pass / good pass / excellent pass',
	'edition.unverified': 'not confirmed for this year: {parts}',
	'edition.part.rollup': 'how items roll up into the OIT',
	'edition.part.weights': 'IIT/EIT/OIT weights (30/30/40)',
	'edition.part.bands': 'some result bands',
	'edition.noneForYear': 'No OIT checklist for fiscal year {year} yet',
	'edition.noneForYearText':
		"The NACC has not published it, or it has not been transcribed yet. A coordinator can start the year's round from last year's list and correct it once the manual is out.",
	'edition.newest': 'See the {year} checklist',
	'round.label': 'FY {year}',
	'round.switch': 'Switch fiscal year',
	'round.open': 'Open a round for another year…',
	'rounds.title': 'Assessment rounds',
	'rounds.existing': 'Your rounds',
	'rounds.none': 'No round yet',
	'rounds.openTitle': 'Open a round for another year',
	'rounds.showYear': 'Show this year',
	'rounds.calendarHint':
		'The OIT window uses the usual dates (1 Mar – 30 Apr); change them once the NACC announces its calendar.',
	'rounds.openButton': 'Open the FY {year} round',
	'home.currentRound': 'Current year',
	'home.openRound': 'Open this round',
	'round.editionBanner': 'This round answers {title}',
	'round.editionOrigin': '(started from the {year} list: {status}).',
	'round.editionLink': 'See and edit the list',
	'round.choose': 'The OIT list this round answers',
	'round.chooseHint':
		'Fiscal year {year} has no official list yet. Choose one to start from; you can edit it later.',
	'round.startingPoint':
		'Starts from the {from} list: it is copied into your own edition for {year}',
	'round.items': '{count} items',
	'setup.fiscalYear': 'fiscal year {year} (B.E.)',
	'round.editionRequired': 'Choose the OIT list to use',
	'round.editionUnavailable': 'That list cannot be used for this year: choose another one',
	'round.exists': 'Fiscal year {year} already has a round',
	'result.band': 'Result: {band}',
	'result.unverifiedBand': 'This band is not confirmed for this year'
};
