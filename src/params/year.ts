import type { ParamMatcher } from '@sveltejs/kit';
import { isFiscalYear } from '$lib/domain/fiscal';

/** A Buddhist-era fiscal year the app could hold a checklist for. */
export const match: ParamMatcher = (param) => /^\d{4}$/.test(param) && isFiscalYear(+param);
