import type { thRefusals } from './th-refusals';

/** English for th-refusals.ts. */
export const enRefusals: Record<keyof typeof thRefusals, string> = {
	'v.badText':
		'“{field}” contains characters that cannot be stored (a control character such as NUL, or text that is not valid UTF-8): remove them and try again',
	'v.badQuery': 'The “{field}” value in the address contains characters that are not allowed',
	'v.unknownChoice': 'That choice does not exist in your organisation: pick one from the list',
	'error.tooLargeTitle': 'Too large',
	'error.tooLarge':
		'The text or file sent is too large (the limit is {limit}): make it smaller or send it in parts',
	'setup.closed': 'This instance is already set up: set-up runs once. Please sign in',
	'login.wait': 'Too many failed sign-in attempts: wait {seconds} seconds and try again',
	'members.existingNote':
		'If this e-mail already has an account, the person signs in with their own password (the initial password typed here is not used)',
	'members.alreadyMember': 'The person with this e-mail is already a member',
	'members.demoAccount':
		'This e-mail is an account of the demo organisation, whose password is public: use another e-mail',
	'evidence.notYours':
		'You may not remove this evidence: it belongs to another division. Only its own division or the ITA coordinator can',
	'item.movedMeanwhile': 'Someone changed the status of this item first. It is now: {status}'
};
