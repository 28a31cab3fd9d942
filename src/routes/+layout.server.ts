import type { LayoutServerLoad } from './$types';
import { cachedRead } from '$lib/server/read-cache';
import * as notifications from '$lib/server/notifications';

export const load: LayoutServerLoad = async ({ locals, url }) => {
	// Read on every navigation (the path is a dependency), so the bell stays current.
	void url.pathname;
	return {
		lang: locals.lang,
		user: locals.user && { fullName: locals.user.fullName, email: locals.user.email },
		member: locals.member,
		unread: locals.user ? await cachedRead(locals, 'notify.unread', notifications.unread) : 0
	};
};
