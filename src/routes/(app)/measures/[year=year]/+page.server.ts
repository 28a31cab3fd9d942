import type { Actions, PageServerLoad } from './$types';
import { loadMeasures } from './load.server';
import * as coordinator from './measure-actions';
import * as owners from './report-actions';

/** A fiscal year's integrity measures: coordinators set them, owning divisions report results. */
export const load: PageServerLoad = ({ locals, params }) => loadMeasures(locals, params.year);

export const actions: Actions = {
	add: coordinator.add,
	update: coordinator.update,
	remove: coordinator.remove,
	move: (event) => coordinator.move(event, 'measure'),
	addAction: coordinator.addAction,
	updateAction: coordinator.updateAction,
	removeAction: coordinator.removeAction,
	moveAction: (event) => coordinator.move(event, 'action'),
	report: owners.report,
	addEvidence: owners.addEvidence,
	removeEvidence: owners.removeEvidence
};
