/** Intercom's page size bounds (list endpoints and a search's `pagination.per_page`): the only place they are written. */
export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 150;
