import type { CatalogDefinition } from '$lib/domain/catalog';
import { fy2565 } from './fy2565';

/** Every checklist the app ships, one per fiscal year. */
export const catalogDefinitions: readonly CatalogDefinition[] = [fy2565];
