/**
 * A long label as lines of at most `max` characters, broken between words (Thai words too, via
 * Intl.Segmenter), for chart axes; a single word longer than `max` is cut.
 */
export function wrapLabel(text: string, max: number, lang = 'th'): string[] {
	const words = [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].map(
		(s) => s.segment
	);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		if (line && (line + word).trimEnd().length > max) {
			lines.push(line.trim());
			line = '';
		}
		line += word;
		while (line.length > max) {
			lines.push(line.slice(0, max));
			line = line.slice(max);
		}
	}
	if (line.trim()) lines.push(line.trim());
	return lines;
}
