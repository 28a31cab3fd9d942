/**
 * A form action URL that keeps the page's query (its filters), so a browser without JavaScript
 * comes back to the same filtered matrix. Any earlier action key ('/due') is dropped first.
 */
export function actionUrl(search: URLSearchParams, name: string, drop: string[] = []): string {
	const params = new URLSearchParams(
		[...search].filter(([k]) => !k.startsWith('/') && !drop.includes(k))
	);
	const query = params.toString();
	return `?${query ? query + '&' : ''}/${name}`;
}

/** The page's query with one key set (or removed when value is null). */
export function withParam(search: URLSearchParams, key: string, value: string | null): string {
	const params = new URLSearchParams([...search].filter(([k]) => !k.startsWith('/')));
	if (value === null) params.delete(key);
	else params.set(key, value);
	const query = params.toString();
	return query ? `?${query}` : '?';
}
