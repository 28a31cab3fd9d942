import type { ParamMatcher } from '@sveltejs/kit';

/** An OIT item code: o1 … o999. */
export const match: ParamMatcher = (param) => /^o[1-9][0-9]{0,2}$/.test(param);
