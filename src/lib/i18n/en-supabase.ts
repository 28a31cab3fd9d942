import type { thSupabase } from './th-supabase';

/** English strings of Supabase Auth mode (e-mail links, password through Supabase Auth). */
export const enSupabase: Record<keyof typeof thSupabase, string> = {
	'supa.linksTitle': 'Forgot your password, or sign in with an e-mail link',
	'supa.linkHelp':
		'Enter the e-mail of your account: we send a sign-in link, or a link to choose a new password. Each link works once.',
	'supa.sendLink': 'E-mail me a sign-in link',
	'supa.sendReset': 'E-mail me a password-reset link',
	'supa.sent.link':
		'If this e-mail has an account, a sign-in link is on its way. Open the e-mail and click the link.',
	'supa.sent.reset':
		'If this e-mail has an account, a link to choose a new password is on its way. Open the e-mail and click the link.',
	'supa.sent.invalid': 'That does not look like an e-mail address. Check it and try again.',
	'supa.sent.refused':
		'The e-mail could not be sent right now (perhaps asked for too often). Wait a little and try again.',
	'supa.sent.expired': 'This link was already used or has expired. Ask for a new one.',
	'supa.chooseNew': 'You are signed in through the e-mail link. Choose a new password below.',
	'supa.passwordRefused':
		'The sign-in service did not accept this password (perhaps too short or too common, or you must sign in again first). Try again.',
	'supa.invited':
		'An invitation was e-mailed to {email}. They click its link to choose their own password.',
	'supa.inviteFailed':
		"The invitation could not be sent. Check the Supabase project's e-mail settings and try again.",
	'supa.inviteHint':
		'An invitation is e-mailed to this address; they click its link to choose their own password.',
	'supa.resetConsequence':
		'A link to choose a new password is e-mailed to {name}. Their current password works until they choose one.',
	'supa.resetYes': 'Confirm: e-mail {name} a password-reset link',
	'supa.resetSent': 'A password-reset link was e-mailed to {name} at {email}.',
	'supa.accountFailed':
		"Supabase Auth could not create this account (the administrator checks the server's Supabase settings and the project's password rules)."
};
