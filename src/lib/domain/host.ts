/** The host of a website address as people paste it: "https://www.pyo.go.th/index.php" → www.pyo.go.th. */
export function hostOf(typed: string): string {
	return typed
		.trim()
		.toLowerCase()
		.replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
		.replace(/[/?#].*$/, '')
		.replace(/:\d*$/, '')
		.replace(/\.$/, '');
}
