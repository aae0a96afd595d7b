export type { AdminSummary, BlockTransport, ExecuteOptions, OAuthStart, TagSummary, TeamSummary, TicketStateSummary, TokenConnection } from './block-transport.js';
export { createProxyTransport, DEFAULT_PROXY_TIMEOUT_MS, ProxyRequestError, type ProxyTransport, type ProxyTransportOptions } from './proxy-transport.js';
export { DEFAULT_RUN_TIMEOUT_MS, FETCH_ALL_RUN_TIMEOUT_MS, runBlock, type RunBlockOptions } from './run-block.js';
export { describeFetched } from './fetched-summary.js';
export { scopedTicketId, ticketLookupConfig, ticketTypeIdOfOutputs } from './ticket-scope.js';
