/**
 * Session cookie attributes: HttpOnly, SameSite=Lax, Path=/, and Secure — except on plain http
 * to a host other than localhost (an office PC reached over the LAN), where a Secure cookie would
 * never come back and nobody could sign in.
 */
export function sessionCookieOptions(url: URL) {
	const secure = url.protocol === 'https:' || url.hostname === 'localhost';
	return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };
}
