import type { Translate } from '$lib/i18n';
import type { LinkCheck, LinkVerdict } from '$lib/domain/link-verdict';

const hostOf = (address: string) => {
	try {
		return new URL(address).hostname;
	} catch {
		return address;
	}
};

/** One reason of a link verdict in words, with the status, host and years it names. */
export function linkReasonText(
	t: Translate,
	reason: LinkVerdict['reasons'][number],
	link: { url: string; check: LinkCheck | null; expectedYear: number | null }
): string {
	const { url, check, expectedYear } = link;
	return t(`links.reason.${reason}`, {
		status: check?.http_status ?? '—',
		host: hostOf(reason === 'redirects_off_domain' ? (check?.final_url ?? url) : url),
		years: check?.years_seen.join(', ') ?? '',
		expected: expectedYear ?? ''
	});
}
