/**
 * Open-redirect payloads for the redirect-target checks (W12, issue 7 item 2), as the server sees
 * them once a query string or form field is decoded. Shared by the unit and the end-to-end tests.
 */

/** The classic payloads. */
export const CLASSIC_VECTORS = [
	'https://evil.com',
	'//evil.com',
	'/\\evil.com',
	'\\\\evil.com',
	'%2F%2Fevil.com',
	'https:evil.com',
	'javascript:alert(1)',
	'\t/evil.com',
	'/\t/evil.com',
	'///evil.com',
	'////evil.com',
	'/\\/evil.com',
	'\\/evil.com',
	' //evil.com',
	'http:/\\/\\evil.com',
	'evil.com',
	'/\r\nLocation: https://evil.com'
];

/** Paths that become `//evil.com` only once dot segments are resolved. */
export const DOT_SEGMENT_VECTORS = [
	'/..//evil.com',
	'/.//evil.com',
	'/%2e//evil.com',
	'/%2E//evil.com',
	'/a/..//evil.com',
	'/%2e%2e//evil.com',
	'/a/%2e%2e//evil.com',
	'/./%2e//evil.com'
];

export const OPEN_REDIRECT_VECTORS = [...CLASSIC_VECTORS, ...DOT_SEGMENT_VECTORS];
