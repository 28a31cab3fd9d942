import type { thDates } from './th-dates';

/** English messages of the date field, its refusals and warnings. */
export const enDates: Record<keyof typeof thDates, string> = {
	'date.hint': 'day/month/Buddhist-era year, e.g. 14/03/{example} or 14 Mar {example}',
	'date.placeholder': 'dd/mm/yyyy',
	'date.reads': 'Reads as {date}',
	'date.format':
		'{field}: not a date we can read; type day/month/Buddhist-era year, e.g. 14/03/{example} or 14 Mar {example}',
	'date.day': '{field}: that day does not exist',
	'date.gregorian': '{field}: that is a Gregorian year; use the Buddhist-era year ({year})',
	'date.range': '{field}: the year {year} BE is not possible; use {min}–{max}',
	'date.order': 'The end date cannot be before the start date',
	'date.warn.afterWindow': 'Warning: after the OIT window closes ({date}), too late for ITAS',
	'date.warn.outsideFiscalYear': 'Warning: outside fiscal year {year} ({from} – {to})',
	'date.label.from': 'From',
	'date.label.to': 'To'
};
