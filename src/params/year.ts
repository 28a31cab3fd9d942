import type { ParamMatcher } from '@sveltejs/kit';

/** A Buddhist-era fiscal year the app could hold a checklist for (2560–2700). */
export const match: ParamMatcher = (param) =>
	/^2[5-7]\d\d$/.test(param) && +param >= 2560 && +param <= 2700;
