import type { thHome } from './th-home';

/** English messages of the home pages and the risk reasons they share. */
export const enHome: Record<keyof typeof thHome, string> = {
	'home.next': 'What to do next',
	'home.roundOf': 'Current round: {year}',
	'home.returned': 'Returned for changes ({count})',
	'home.overdue': 'Overdue ({count})',
	'home.dueWeek': 'Due within 7 days ({count})',
	'home.nothingUrgent': 'Nothing urgent right now',
	'home.myWorkLink': 'See all my work',
	'home.reviewComment': 'Reviewer: {comment}',
	'home.steps': 'Getting started',
	'home.stepsIntro':
		'A new organisation: do these in order, then divisions can start sending evidence',
	'home.step.divisions': 'Add your divisions',
	'home.step.people': 'Add people and bind them to divisions',
	'home.step.assign': 'Assign the OIT items to divisions',
	'home.stepDone': 'Done',
	'home.stepTodo': 'To do',
	'home.unassigned': 'Items without an owner ({count})',
	'home.assignLink': 'Assign them in the matrix',
	'home.review': 'Waiting for review ({count})',
	'home.reviewLink': 'Open the review queue',
	'home.overdueDivisions': 'Divisions with overdue work ({count})',
	'home.overdueParts': '{count} overdue',
	'home.none': 'None',
	'home.readiness': 'Readiness of this round',
	'home.oitConfirmed': 'OIT from approved items',
	'home.oitPipeline': 'OIT including submitted items',
	'home.atRiskCount': '{count} of {total} items at risk',
	'home.dashboardLink': 'Open the readiness dashboard',
	'home.signoffLink': 'Review and sign off on the dashboard',
	'home.noRound': 'No assessment round yet',
	'import.kept': '{count} more rows name no division; those items stay as they are.',
	'dash.risk.unassigned': 'No division assigned',
	'dash.risk.ownerArchived': 'Its division was archived: needs a new owner',
	'dash.risk.dueSoon': 'Due within 7 days'
};
