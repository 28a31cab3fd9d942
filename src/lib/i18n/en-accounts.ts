import type { thAccounts } from './th-accounts';

/** English for the address page, the account page, password resets and set-up (see th-accounts.ts). */
export const enAccounts: Record<keyof typeof thAccounts, string> = {
	'address.title': 'Open the app at its own address',
	'address.configured':
		'This app is set up to be used at {address}. Forms sent from another address (this browser used {used}) are refused, so signing in does not work here.',
	'address.crossSite':
		'A form was sent to this app from another website, or from an address the app does not answer to, and was refused. Nothing was changed.',
	'address.open': 'Open {address}',
	'address.operator':
		'To use another address, the person who runs the app changes ORIGIN (or leaves it unset to allow every address of this computer).',
	'orgType.bangkok': 'Bangkok Metropolitan Administration (special local government)',
	'orgType.pattaya': 'Pattaya City (special local government)',
	'setup.provinceHint': 'Type, then pick one of the 77 provinces',
	'setup.provinceUnknown':
		'No such province. Pick one of the 77 provinces from the list (e.g. พะเยา or กรุงเทพมหานคร).',
	'home.setupDone':
		'Your organisation is set up and you are signed in as its ITA coordinator. Next: add divisions and people under Settings.'
};
