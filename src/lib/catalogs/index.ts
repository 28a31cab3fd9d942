import type { CatalogDefinition } from '$lib/domain/catalog';
import { fy2565 } from './fy2565';
import { fy2566 } from './fy2566';
import { fy2569 } from './fy2569';

/** Every checklist the app ships: FY2565 official, FY2566 and FY2569 provisional. */
export const catalogDefinitions: readonly CatalogDefinition[] = [fy2565, fy2566, fy2569];
