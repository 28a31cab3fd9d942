import type { thA11y } from './th-a11y';

/** English messages for screen-reader and keyboard users. */
export const enA11y: Record<keyof typeof thA11y, string> = {
	'a11y.skip': 'Skip to content',
	'a11y.table': 'Table: {name}'
};
