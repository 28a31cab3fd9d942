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
		'Your organisation is set up and you are signed in as its ITA coordinator. Next: add divisions and people under Settings.',
	'account.title': 'My account',
	'account.changePassword': 'Change password',
	'account.othersEnd':
		'Changing your password signs you out on every other device; this one stays signed in.',
	'account.current': 'Current password',
	'account.new': 'New password',
	'account.save': 'Change password',
	'account.changed': 'Password changed. Your sessions on other devices have ended.',
	'account.wrongPassword': 'The current password is not right',
	'account.samePassword': 'The new password must differ from the current one',
	'account.demoRefused':
		'Demo accounts keep their password: everyone signs in with the published one.',
	'login.forgot': 'Forgot your password?',
	'login.forgotHelp':
		'Ask your organisation’s ITA coordinator. They can set a temporary password for you under Settings › Users › Edit › Reset password. After signing in with it, choose your own password by clicking your name at the top right.',
	'login.forgotCoordinator':
		'If you are the ITA coordinator, ask another coordinator of your organisation.',
	'members.resetPassword': 'Reset password…',
	'members.resetConsequence':
		'A temporary password for {name} is made and shown to you once. The old password stops working and {name} is signed out everywhere at once.',
	'members.resetYes': 'Confirm: reset the password of {name}',
	'members.resetDone': 'Temporary password set for {name}',
	'members.temporaryPassword': 'Temporary password',
	'members.temporaryHint':
		'Give it to the person directly (it is not shown again). Once signed in, they change it on their account page (their name at the top right).',
	'members.resetRefused':
		'This person’s password cannot be reset here: it is your own account, a demo account, or the person also belongs to another organisation. They change it themselves.',
	'members.removeYes': 'Confirm: remove {name}',
	'tokens.revokeConsequence':
		'Systems using “{name}” are refused from their next request, and the token cannot be turned back on (create a new one instead).',
	'tokens.revokeYes': 'Confirm revoke'
};
