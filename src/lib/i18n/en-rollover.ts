import type { thRollover } from './th-rollover';

/** English messages of rolling a round into the next year and of the diff of two editions. */
export const enRollover: Record<keyof typeof thRollover, string> = {
	'rollover.link': 'Start fiscal year {next} from this one',
	'rollover.title': 'Start fiscal year {next} from {year}',
	'rollover.intro':
		'Choose the OIT list of {next}, check how the old items map to the new ones, then confirm. The {next} round opens, mapped items keep their owners and due dates (the same distance from the internal deadline), and their evidence links come along as drafts.',
	'rollover.chooseEdition': 'OIT list of {next}',
	'rollover.copyOption':
		"Copy this round's list ({year}) as your organisation's own list for {next}",
	'rollover.noTargets': 'No OIT list of {next} yet: copy this round’s list instead.',
	'rollover.show': 'Show the mapping',
	'rollover.mapping': 'Old items → new items',
	'rollover.mappingHint':
		'Proposed from the item names; correct it: for each new item choose the old item it continues (up to two, merged) or "none". A new item without an old one starts without owners.',
	'rollover.newItem': 'New item, {year}',
	'rollover.oldItem': 'Old item, {year}',
	'rollover.oldFor': 'Old item of {code}',
	'rollover.alsoFor': 'Old item merged into {code}',
	'rollover.alsoSummary': 'Merge another old item',
	'rollover.none': '— none —',
	'rollover.kind': 'Change',
	'rollover.mergedCount': 'merges {count} old items',
	'rollover.droppedTitle': 'Old items not carried into the new year',
	'rollover.droppedNone': 'Every old item is carried.',
	'rollover.carryNote':
		'Carried evidence comes as drafts labelled "from last year — check the year": it never counts as approved and its period is cleared; owners state the period of this year\'s document.',
	'rollover.confirm': 'Confirm and open {next}',
	'rollover.diffLink': 'Compare the two lists',
	'rollover.badCode': 'Item {code} is in neither list: correct the mapping and confirm again',
	'rollover.refused.noRound': 'There is no {year} round to start from',
	'rollover.refused.roundExists':
		'Fiscal year {next} already has a round, so it cannot be started again from {year}',
	'rollover.refused.roundHasEvidence':
		'Fiscal year {next} already has a round with evidence, so it cannot be started again from {year} (the new year’s work is never overwritten)',
	'rollover.refused.editionUnavailable': 'That list cannot be used for {next}: choose another',
	'rollover.openNext': 'Go to the {next} round',
	'mapping.kind.same': 'Same',
	'mapping.kind.renamed': 'Renamed',
	'mapping.kind.renumbered': 'Renumbered',
	'mapping.kind.merged': 'Merged',
	'mapping.kind.split': 'Split',
	'mapping.kind.new': 'New',
	'mapping.kind.dropped': 'Dropped',
	'evidence.carried': 'From last year — check the year',
	'evidence.carriedHint':
		"Copied from last year's round: check that the document is this year's, then state its period.",
	'diff.title': 'Compare two OIT lists',
	'diff.from': 'Old list',
	'diff.to': 'New list',
	'diff.compare': 'Compare',
	'diff.counts': 'Changes by kind',
	'diff.items': 'Item mapping',
	'diff.names': 'Changed names',
	'diff.elements': 'Changed elements',
	'diff.rules': 'Changed period rules',
	'diff.added': 'Added',
	'diff.removed': 'Removed',
	'diff.nothing': 'None',
	'diff.pick': 'Choose two lists to compare'
};
