/** Checking evidence links: admission rules, the guarded fetcher, and the per-host pool. */
export { addressAllowed, admit, type Admission, type BlockReason } from './guard';
export { asciiHost, flaggedHost, onDomain, type FlaggedHost } from './domains';
export {
	createFetcher,
	USER_AGENT,
	type CheckReason,
	type FetchResult,
	type Fetcher,
	type FetcherOptions,
	type Outcome
} from './fetcher';
export type { Resolver } from './transport';
export { MAX_REDIRECTS } from './redirects';
export { runLimited, type PoolOptions, type PoolRun, type PoolTask } from './pool';
export { yearShown, type LinkTexts, type YearShown } from '../../domain/link-year';
