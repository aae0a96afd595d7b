/** The Intercom REST API version every request is pinned to (sent as `Intercom-Version`). */
export const INTERCOM_API_VERSION = '2.16';
