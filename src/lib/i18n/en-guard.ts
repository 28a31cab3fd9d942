import type { thGuard } from './th-guard';

/** English messages of the confirmation steps and of returned work. */
export const enGuard: Record<keyof typeof thGuard, string> = {
	'guard.submitTitle': 'Not complete yet. Submit for review anyway?',
	'guard.approveTitle': 'This item is not complete. Approve it anyway?',
	'guard.scoresZero': 'An incomplete item scores 0, even when approved.',
	'guard.elementsMissing': 'Elements without evidence:',
	'guard.periodUnmet': 'The evidence does not yet cover the required period.',
	'guard.monthsMissing': 'Still missing: {months}',
	'guard.submitAnyway': 'Submit anyway',
	'guard.approveAnyway': 'Approve anyway',
	'guard.cancel': 'Cancel',
	'guard.signoffTitle': 'The score is below the target. Sign off anyway?',
	'guard.signoffBelow': 'The confirmed OIT score {score} is below the target {target}.',
	'guard.signoffAnyway': 'Sign off below the target',
	'guard.returnedTitle': 'The coordinator returned this for changes',
	'guard.returnedHint':
		'Fix the evidence as the reviewer asks, then press "Submit for review" again. If nothing needs changing, you can submit it straight away.'
};
