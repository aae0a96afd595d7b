export {
  createIntercomSandbox,
  DEFAULT_SANDBOX_TOKEN,
  type IntercomSandbox,
  type IntercomSandboxOptions,
  type SandboxWorkspaceInfo,
} from './sandbox.js';
export { EU_SANDBOX_TOKEN } from './workspaces.js';
export { startSandboxServer, type SandboxServer, type SandboxServerOptions } from './server.js';
export type { Fault, FaultInjector, FaultKind } from './faults/fault.js';
export { isDroppedConnection, SandboxConnectionDropped } from './faults/dropped-connection.js';
export type { RateLimitOptions, RateLimitSetting } from './http/rate-limit.js';
export { DEFAULT_OAUTH_CLIENT_ID, DEFAULT_OAUTH_CLIENT_SECRET, type SandboxOAuthApp } from './oauth/oauth-app.js';
export type { CallCounts, SandboxStats, WindowCounts, WorkspaceCallCounts } from './stats/call-stats.js';
export { seedAdminIds, seedTagIds, seedTeamIds, WORKSPACE_ID } from './seed/workspace.js';
export { seedContactIds } from './seed/contacts.js';
export { seedConversationIds } from './seed/conversations.js';
export { seedTicketIds } from './seed/tickets.js';
export { seedTicketTypeIds } from './seed/ticket-types.js';
export { SEED_NOW } from './seed/time.js';
export { EU_WORKSPACE_ID, euAdminIds } from './seed/eu/eu-workspace.js';
export { euContactIds } from './seed/eu/eu-contacts.js';
export { euConversationIds } from './seed/eu/eu-conversations.js';
export { euTicketIds, euTicketTypeIds } from './seed/eu/eu-tickets.js';
