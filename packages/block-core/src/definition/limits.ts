/** Intercom's page size bounds (list endpoints and a search's `pagination.per_page`): the only place they are written. */
export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 150;

/** Fetch every page: how many items a run collects by default, and at most (the proxy holds every run to it). */
export const DEFAULT_MAX_RESULTS = 1_000;
export const MAX_FETCH_ALL_RESULTS = 10_000;
/** Fetch every page: the most pages one run follows, whatever the page size (a bound on the proxy's work). */
export const MAX_FETCH_ALL_PAGES = 1_000;
/** Fetch every page: how long the proxy keeps following pages by default before it gives up (ms). */
export const FETCH_ALL_TIME_LIMIT_MS = 120_000;
