import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	lang: locals.lang,
	user: locals.user && { fullName: locals.user.fullName, email: locals.user.email },
	member: locals.member
});
